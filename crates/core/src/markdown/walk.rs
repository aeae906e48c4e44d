//! The walk over the parser's events: each event goes to the helper for its
//! construct, or through the checks every inline event gets.

use super::{Lookup, Rendered, SectionText, parser_options};
use pulldown_cmark::{Event, Parser, Tag, TagEnd, html};
use std::collections::HashSet;
use std::ops::Range;

pub(super) type Spanned<'a> = (Event<'a>, Range<usize>);

/// The state of one page's rendering.
pub(super) struct Renderer<'a, 'r> {
    pub events: Vec<Spanned<'a>>,
    pub slug: &'r str,
    pub lookup: &'r dyn Lookup,
    pub out: Rendered,
    /// The events to write as HTML, after rewriting.
    pub html: Vec<Event<'a>>,
    pub used_ids: HashSet<String>,
    pub tables: usize,
}

impl<'a, 'r> Renderer<'a, 'r> {
    pub(super) fn new(markdown: &'a str, slug: &'r str, lookup: &'r dyn Lookup) -> Self {
        let events: Vec<Spanned<'a>> = Parser::new_ext(markdown, parser_options())
            .into_offset_iter()
            .collect();
        Renderer {
            html: Vec::with_capacity(events.len()),
            events,
            slug,
            lookup,
            out: Rendered {
                sections: vec![SectionText::default()],
                ..Rendered::default()
            },
            used_ids: HashSet::new(),
            tables: 0,
        }
    }

    pub(super) fn run(mut self) -> Rendered {
        let mut i = 0;
        while i < self.events.len() {
            i = self.step(i);
        }
        html::push_html(&mut self.out.html, self.html.into_iter());
        for section in &mut self.out.sections {
            section.text = section
                .text
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
        }
        self.out
    }

    /// Handles the event at `i` and returns the index of the next one to handle.
    fn step(&mut self, i: usize) -> usize {
        let (event, range) = self.events[i].clone();
        match event {
            Event::Start(Tag::Heading { .. }) => return self.heading(i),
            Event::Start(Tag::CodeBlock(kind)) => return self.code_block(i, &kind),
            Event::Start(Tag::Table(_)) => self.table(i),
            Event::Start(Tag::BlockQuote(Some(kind))) => self.callout(i, kind),
            Event::End(TagEnd::BlockQuote(Some(_))) => self.html.push(Event::Html("</div>".into())),
            Event::Start(Tag::BlockQuote(None)) => self.quote(i),
            Event::Start(Tag::Paragraph)
                if matches!(
                    self.events.get(i + 1),
                    Some((Event::Start(Tag::Image { .. }), _))
                ) =>
            {
                return self.figure(i);
            }
            Event::TaskListMarker(checked) => self.task_marker(i, checked),
            _ => self.inline(event, &range),
        }
        i + 1
    }

    pub(super) fn error(&mut self, offset: usize, message: impl Into<String>) {
        self.out.errors.push((offset, message.into()));
    }

    /// An event outside the constructs above: refused (raw HTML, images in text),
    /// rewritten (links) or passed on, its text counted for search.
    pub(super) fn inline(&mut self, event: Event<'a>, range: &Range<usize>) {
        match event {
            Event::Html(raw) | Event::InlineHtml(raw) => {
                let shown: String = raw.trim().chars().take(40).collect();
                self.error(
                    range.start,
                    format!(
                        "raw HTML is not allowed in content (found `{shown}`); write it in markdown"
                    ),
                );
            }
            Event::Start(Tag::Image { .. }) => self.error(
                range.start,
                "a diagram must be a paragraph of its own: ![what it shows](../diagrams/name.svg)",
            ),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest = self.rewrite_link(&dest_url, range.start);
                self.html.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url: dest,
                    title,
                    id,
                }));
            }
            Event::End(TagEnd::Table) => {
                self.html.push(Event::End(TagEnd::Table));
                self.html.push(Event::Html("</div>".into()));
            }
            Event::Text(t) => {
                self.out.words += t.split_whitespace().count() as u32;
                self.add_text(&t);
                self.html.push(Event::Text(t));
            }
            Event::Code(t) => {
                self.add_text(&t);
                self.html.push(Event::Code(t));
            }
            // A line or a block ends: the next text starts a new word.
            Event::SoftBreak
            | Event::HardBreak
            | Event::Start(Tag::List(_))
            | Event::End(
                TagEnd::List(_)
                | TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::TableRow
                | TagEnd::TableHead
                | TagEnd::BlockQuote(_)
                | TagEnd::DefinitionListTitle
                | TagEnd::DefinitionListDefinition,
            ) => {
                self.end_words();
                self.html.push(event);
            }
            other => self.html.push(other),
        }
    }

    /// Adds body text to the current section as it reads: inline pieces
    /// (text, code, emphasis, links) run on, blocks are apart ([`Self::end_words`]).
    /// Heading text is kept apart.
    pub(super) fn add_text(&mut self, text: &str) {
        if let Some(section) = self.out.sections.last_mut() {
            section.text.push_str(text);
        }
    }

    /// Ends a block or a line: the next text starts a new word. Spaces are
    /// made single when the page is done.
    pub(super) fn end_words(&mut self) {
        self.add_text(" ");
    }

    /// Index of the first event from `start` on that `is_end` accepts (or the end).
    pub(super) fn end_of(&self, start: usize, is_end: impl Fn(&Event) -> bool) -> usize {
        self.events[start..]
            .iter()
            .position(|(e, _)| is_end(e))
            .map_or(self.events.len(), |n| start + n)
    }
}

/// The text (and inline code) of some events, without markup.
pub(super) fn plain_text(events: &[Spanned]) -> String {
    events
        .iter()
        .filter_map(|(e, _)| match e {
            Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect()
}
