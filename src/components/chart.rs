//! Draws a chart from core's figures (`rootcamp_core::charts`): an SVG image
//! named by its visible caption, and the same figures as a table. Every
//! number, position and word comes from core; this only puts them in markup.

use rootcamp_core::charts::{Chart, Figure, WIDTH};
use yew::prelude::*;

/// A chart, or the sentence that stands in for it while there is nothing to
/// show. A plain function, not a component: it has no state of its own, and
/// comparing charts to skip a render would cost more than drawing them.
pub(crate) fn chart_view(figure: &Figure) -> Html {
    match figure {
        Figure::Empty(why) => html! { <p class="chart-empty">{ why }</p> },
        Figure::Chart(chart) => drawn(chart),
    }
}

fn drawn(chart: &Chart) -> Html {
    let caption = format!("{}-caption", chart.id);
    html! {
        <figure class="chart" id={chart.id}>
            <figcaption id={caption.clone()}>{ &chart.title }</figcaption>
            <svg viewBox={format!("0 0 {WIDTH} {}", chart.height)} role="img" aria-labelledby={caption.clone()}>
                { for chart.lines.iter().map(|l| html! {
                    <line class={l.kind.class()} x1={l.x1.to_string()} y1={l.y1.to_string()} x2={l.x2.to_string()} y2={l.y2.to_string()} />
                }) }
                { for chart.bars.iter().map(|b| html! {
                    <rect class={classes!("bar", b.current.then_some("current"))} x={b.x.to_string()} y={b.y.to_string()}
                        width={b.width.to_string()} height={b.height.to_string()} data-value={b.value.to_string()} />
                }) }
                { for chart.labels.iter().map(|l| html! {
                    <text class={l.pass.then_some("pass")} x={l.x.to_string()} y={l.y.to_string()} text-anchor={l.anchor.as_str()}>{ &l.text }</text>
                }) }
            </svg>
            if !chart.table.rows.is_empty() {
                <details>
                    <summary>{ chart.table.summary }</summary>
                    <div class="table-wrap" role="region" aria-labelledby={caption.clone()} tabindex="0">
                        <table>
                            <caption class="visually-hidden">{ &chart.title }</caption>
                            <thead><tr>{ for chart.table.head.iter().map(|h| html! { <th scope="col">{ *h }</th> }) }</tr></thead>
                            <tbody>
                                { for chart.table.rows.iter().map(|row| html! {
                                    <tr class={row.current.then_some("current")}>
                                        { for row.cells.iter().enumerate().map(|(i, cell)| if i == 0 {
                                            html! { <th scope="row">{ cell }</th> }
                                        } else {
                                            html! { <td>{ cell }</td> }
                                        }) }
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                </details>
            }
        </figure>
    }
}
