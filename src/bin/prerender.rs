//! Renders every route's page on the host with the app's own components
//! (Yew's server-side rendering), for `cargo xtask dist` to write as HTML
//! files: `prerender <content file> <base path>` prints a JSON list of
//! `{ "path", "title", "description", "body", "runs_app" }`, one per route.
//!
//! Each page is a first visit (no progress) rendered at the route's address,
//! so the browser's first render of it is the same markup, and the app or
//! the reader takes it over without a shift.

use rootcamp::{Route, ServerApp, ServerProps};
use serde::Serialize;
use yew::LocalServerRenderer;
use yew_router::Routable;

#[derive(Serialize)]
struct Rendered {
    /// The route's path under the base (`quiz/practice`; empty for home).
    path: String,
    title: String,
    description: Option<String>,
    /// The `<body>`'s content: the page, wrapped so the app can find it.
    body: String,
    /// Whether the page runs the whole app (else the reader, on a
    /// knowledge-base page).
    runs_app: bool,
}

fn main() {
    if let Err(why) = run() {
        eprintln!("prerender: error: {why}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [content, base] = args.as_slice() else {
        return Err("usage: prerender <content file> <base path>".into());
    };
    let bytes = std::fs::read(content).map_err(|e| format!("cannot read {content}: {e}"))?;
    rootcamp::content::provide(&bytes).map_err(|e| format!("{content}: {e}"))?;
    let bundle = rootcamp::content::bundle().map_err(|e| e.to_string())?;
    let mut routes = vec![
        Route::Home,
        Route::Search,
        Route::Quiz,
        Route::Practice,
        Route::Exam,
        Route::Progress,
    ];
    routes.extend(bundle.pages.iter().map(|p| Route::Kb {
        slug: p.slug.clone(),
    }));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| format!("cannot start a runtime: {e}"))?;
    let rendered: Vec<Rendered> = routes
        .iter()
        .map(|route| {
            let path = route.to_path();
            let props = ServerProps {
                url: format!("{}{}", base.trim_end_matches('/'), path).into(),
                base: base.clone().into(),
            };
            let html = runtime.block_on(async {
                tokio::task::LocalSet::new()
                    .run_until(
                        LocalServerRenderer::<ServerApp>::with_props(props)
                            .hydratable(false)
                            .render(),
                    )
                    .await
            });
            Rendered {
                path: path.trim_start_matches('/').to_string(),
                title: route.title(Some(bundle)),
                description: route.description(Some(bundle)),
                body: format!(r#"<div id="prerendered">{html}</div>"#),
                runs_app: !matches!(route, Route::Kb { .. }),
            }
        })
        .collect();
    let json = serde_json::to_string(&rendered).map_err(|e| e.to_string())?;
    println!("{json}");
    Ok(())
}
