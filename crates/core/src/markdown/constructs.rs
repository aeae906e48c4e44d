//! The constructs that need more than pulldown-cmark's own HTML: headings
//! (anchors), tables (a scrolling region named for screen readers), code
//! blocks (highlighted, with a Copy button), callouts and checklists.

use super::SectionText;
use super::blocks::{anchor_link, callout, checkbox, code_block, table_region, unique};
use super::walk::{Renderer, plain_text};
use crate::bundle::Heading;
use crate::highlight::LANGUAGES;
use pulldown_cmark::{BlockQuoteKind, CodeBlockKind, Event, HeadingLevel, Tag, TagEnd};

impl Renderer<'_, '_> {
    /// A heading gets a stable, unique anchor, a link to itself, and starts a section.
    /// Returns the index after its end.
    pub(super) fn heading(&mut self, i: usize) -> usize {
        let (event, range) = self.events[i].clone();
        let Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) = event
        else {
            return i + 1;
        };
        let end = self.end_of(i, |e| matches!(e, Event::End(TagEnd::Heading(_))));
        let text = plain_text(&self.events[i + 1..end]);
        if level == HeadingLevel::H1 {
            self.error(
                range.start,
                "a page may not have a level-1 heading: the title comes from front matter, start at ##",
            );
        }
        let wanted = id
            .as_ref()
            .map_or_else(|| super::slugify(&text), |s| s.to_string());
        let anchor = unique(&wanted, &mut self.used_ids);
        self.out.headings.push(Heading {
            level: level as u8,
            id: anchor.clone(),
            text: text.trim().to_string(),
        });
        self.out.sections.push(SectionText {
            anchor: Some(anchor.clone()),
            heading: text.trim().to_string(),
            text: String::new(),
        });
        self.html.push(Event::Start(Tag::Heading {
            level,
            id: Some(anchor.clone().into()),
            classes,
            attrs,
        }));
        // Inner events pass through the same checks as the rest of the page.
        for k in i + 1..end {
            let (e, r) = self.events[k].clone();
            self.inline(e, &r);
        }
        // The heading's words are its section's heading, not its body.
        if let Some(section) = self.out.sections.last_mut() {
            section.text.clear();
        }
        self.html
            .push(Event::Html(anchor_link(self.slug, &anchor).into()));
        if let Some((e, _)) = self.events.get(end) {
            self.html.push(e.clone());
        }
        end + 1
    }

    /// Wide tables scroll inside a focusable region, so keyboards can scroll them too.
    /// Each region needs its own name: the table's number and its column headings.
    pub(super) fn table(&mut self, i: usize) {
        self.tables += 1;
        let head_end = self.end_of(i, |e| matches!(e, Event::End(TagEnd::TableHead)));
        let head = &self.events[i..head_end];
        let cells = head
            .iter()
            .filter(|(e, _)| matches!(e, Event::End(TagEnd::TableCell)))
            .count();
        let columns: Vec<String> = head
            .split(|(e, _)| matches!(e, Event::End(TagEnd::TableCell)))
            .take(cells)
            .map(plain_text)
            .collect();
        let (event, range) = self.events[i].clone();
        if columns.iter().any(String::is_empty) {
            self.error(
                range.start,
                "every column of a table needs a heading: screen readers read it with each cell",
            );
        }
        let label = format!("Table {}: {}", self.tables, columns.join(", "));
        self.html.push(Event::Html(table_region(&label).into()));
        self.html.push(event);
    }

    /// A fenced block in one of [`LANGUAGES`], highlighted. Returns the index after its end.
    pub(super) fn code_block(&mut self, i: usize, kind: &CodeBlockKind) -> usize {
        let end = self.end_of(i, |e| matches!(e, Event::End(TagEnd::CodeBlock)));
        let code = plain_text(&self.events[i + 1..end]);
        let language = match kind {
            CodeBlockKind::Fenced(lang) => lang.split_whitespace().next().unwrap_or(""),
            CodeBlockKind::Indented => "",
        };
        if !LANGUAGES.contains(&language) {
            let start = self.events[i].1.start;
            self.error(
                start,
                format!(
                    "a code block must be fenced with a language: {} (found \"{language}\")",
                    LANGUAGES.join(", ")
                ),
            );
        }
        self.add_text(&code);
        self.end_words();
        self.html
            .push(Event::Html(code_block(language, &code).into()));
        end + 1
    }

    /// The opening of a GFM callout (`> [!TIP]`), which must have some text.
    pub(super) fn callout(&mut self, i: usize, kind: BlockQuoteKind) {
        if matches!(
            self.events.get(i + 1),
            Some((Event::End(TagEnd::BlockQuote(_)), _))
        ) {
            let start = self.events[i].1.start;
            self.error(start, "a callout needs some text after its [!KIND] line");
        }
        let (class, label) = callout(kind);
        self.html.push(Event::Html(
            format!(r#"<div class="callout callout-{class}" role="note"><p class="callout-title">{label}</p>"#).into(),
        ));
    }

    /// A plain quote; GFM only knows five callout kinds, so anything else
    /// that looks like one is a typo.
    pub(super) fn quote(&mut self, i: usize) {
        let first_text: String = self.events[i + 1..]
            .iter()
            .skip_while(|(e, _)| matches!(e, Event::Start(_)))
            .map_while(|(e, _)| match e {
                Event::Text(t) => Some(t.as_ref()),
                _ => None,
            })
            .collect();
        let (event, range) = self.events[i].clone();
        if let Some(kind) = first_text
            .strip_prefix("[!")
            .and_then(|k| k.split(']').next())
        {
            self.error(
                range.start,
                format!("unknown callout [!{kind}]: use [!TIP], [!CAUTION], [!IMPORTANT], [!WARNING] or [!NOTE]"),
            );
        }
        self.html.push(event);
    }

    /// A checklist box is named by its item's text, so screen readers can tell them apart.
    pub(super) fn task_marker(&mut self, i: usize, checked: bool) {
        let item_end = self.end_of(i, |e| {
            matches!(e, Event::End(TagEnd::Item) | Event::Start(Tag::List(_)))
        });
        let text = plain_text(&self.events[i + 1..item_end]);
        self.html
            .push(Event::Html(checkbox(text.trim(), checked).into()));
    }
}
