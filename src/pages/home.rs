//! Home: the knowledge base as a study path.

use crate::app::Route;
use crate::content::bundle;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn Home() -> Html {
    let Ok(bundle) = bundle() else { return Html::default() };
    html! {
        <article class="prose">
            <h1>{ "Rootcamp" }</h1>
            <p class="lead">{ "Everything about the AWS account root user and IAM that the Solutions Architect – Associate exam (SAA-C03) can ask, checked against AWS documentation." }</p>
            <h2>{ "Study path" }</h2>
            <ol class="study-path">
                { for bundle.pages.iter().map(|page| html! {
                    <li key={page.slug.clone()}>
                        <Link<Route> to={Route::Kb { slug: page.slug.clone() }}>{ &page.title }</Link<Route>>
                        <span class="meta">{ format!(" · {} min read", page.reading_minutes()) }</span>
                        <p>{ &page.summary }</p>
                    </li>
                }) }
            </ol>
        </article>
    }
}
