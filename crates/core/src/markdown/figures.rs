//! Diagrams: a paragraph holding only `![what it shows](../diagrams/name.svg)`
//! becomes the diagram's figure, inlined so that it takes the page's colours
//! and needs no extra request.

use super::Figure;
use super::blocks::unique;
use super::walk::{Renderer, plain_text};
use pulldown_cmark::{Event, Tag, TagEnd};

impl Renderer<'_, '_> {
    /// Renders the paragraph at `i`, which starts with an image, and returns
    /// the index after it. An image with text around it is left to
    /// [`Renderer::inline`], which refuses it.
    pub(super) fn figure(&mut self, i: usize) -> usize {
        let image_end = self.end_of(i + 1, |e| matches!(e, Event::End(TagEnd::Image)));
        let alone = matches!(
            self.events.get(image_end + 1),
            Some((Event::End(TagEnd::Paragraph), _))
        );
        if !alone {
            let (event, range) = self.events[i].clone();
            self.inline(event, &range);
            return i + 1;
        }
        let (Event::Start(Tag::Image { dest_url, .. }), range) = self.events[i + 1].clone() else {
            unreachable!("figure() is called on a paragraph that starts with an image")
        };
        let offset = range.start;
        let alt = plain_text(&self.events[i + 2..image_end]);
        let alt = alt.split_whitespace().collect::<Vec<_>>().join(" ");
        let next = image_end + 2;
        let Some(name) = dest_url
            .rsplit('/')
            .next()
            .and_then(|f| f.strip_suffix(".svg"))
            .filter(|n| !n.is_empty())
        else {
            self.error(
                offset,
                format!("an image must be an SVG diagram from content/diagrams, not {dest_url}"),
            );
            return next;
        };
        if alt.is_empty() {
            self.error(
                offset,
                "diagram has no text alternative: say what it shows in ![...]",
            );
            return next;
        }
        let id = unique(&format!("diagram-{name}"), &mut self.used_ids);
        match self.lookup.diagram(&dest_url, &id, &alt) {
            Figure::Html(html) => {
                self.html.push(Event::Html(html.into()));
                self.out.diagrams.push(dest_url.to_string());
            }
            Figure::Unknown => self.error(
                offset,
                format!(
                    "diagram not found: {dest_url} (from a page, content/diagrams/NAME.svg is ../diagrams/NAME.svg)"
                ),
            ),
            // Its own errors are reported; it still counts as used.
            Figure::Broken => self.out.diagrams.push(dest_url.to_string()),
        }
        next
    }
}
