//! Tests of the markdown module.

use super::*;

fn resolve(path: &str) -> Resolved {
    if path == "other.md" {
        Resolved::Page("other".into())
    } else {
        Resolved::Unknown
    }
}

#[test]
fn headings_get_stable_unique_anchors() {
    let r = render(
        "## Root user vs. IAM\n\n## Root user vs. IAM\n\n### Custom {#mine}\n",
        "p",
        &resolve,
    );
    let ids: Vec<_> = r.headings.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(ids, ["root-user-vs-iam", "root-user-vs-iam-1", "mine"]);
    assert!(r.html.contains(r##"<h2 id="root-user-vs-iam">Root user vs. IAM<a class="anchor" href="kb/p#root-user-vs-iam""##), "{}", r.html);
    assert_eq!(r.headings[2].level, 3);
}

#[test]
fn slugify_folds_case_and_punctuation() {
    assert_eq!(slugify("What's `sts:AssumeRoot`?"), "whats-stsassumeroot");
    assert_eq!(slugify("Step 1 — reset"), "step-1-reset");
    assert_eq!(slugify("!!!"), "section");
    assert_eq!(slugify("Café crème"), "caf-crme");
}

#[test]
fn links_between_pages_become_routes() {
    let r = render(
        "[a](other.md#x) [b](#here) [c](https://docs.aws.amazon.com/)\n",
        "p",
        &resolve,
    );
    assert!(
        r.html.contains(r#"<a href="kb/other#x">a</a>"#),
        "{}",
        r.html
    );
    assert!(r.html.contains(r#"<a href="kb/p#here">b</a>"#));
    assert!(
        r.html
            .contains(r#"<a href="https://docs.aws.amazon.com/">c</a>"#)
    );
    assert_eq!(r.links.len(), 2);
    assert_eq!(
        r.links[1],
        PageLink {
            offset: 16,
            slug: "p".into(),
            anchor: Some("here".into())
        }
    );
    assert!(r.errors.is_empty());
}

#[test]
fn raw_html_is_refused_and_not_rendered() {
    let r = render(
        "Hello <b>x</b>\n\n<script>alert(1)</script>\n",
        "p",
        &resolve,
    );
    let messages: Vec<_> = r.errors.iter().map(|(o, m)| format!("{o}: {m}")).collect();
    assert_eq!(
        messages,
        [
            "6: raw HTML is not allowed in content (found `<b>`); write it in markdown",
            "10: raw HTML is not allowed in content (found `</b>`); write it in markdown",
            "16: raw HTML is not allowed in content (found `<script>alert(1)</script>`); write it in markdown",
        ]
    );
    assert!(!r.html.contains("<script"), "{}", r.html);
    assert!(!r.html.contains("<b>"));
}

#[test]
fn text_is_escaped() {
    let r = render("a < b & `<c>`\n", "p", &resolve);
    assert_eq!(r.html, "<p>a &lt; b &amp; <code>&lt;c&gt;</code></p>\n");
}

#[test]
fn tables_and_strikethrough_are_on() {
    let r = render("| a | b |\n|---|---|\n| 1 | ~~2~~ |\n", "p", &resolve);
    assert!(
        r.html.contains("<table>") && r.html.contains("<del>2</del>"),
        "{}",
        r.html
    );
    assert!(r.html.starts_with(r#"<div class="table-wrap" role="region" aria-label="Table 1: a, b" tabindex="0"><table>"#), "{}", r.html);
    assert!(r.html.ends_with("</table>\n</div>"), "{}", r.html);
}

#[test]
fn callouts_are_labelled_and_checked() {
    let r = render(
        "> [!TIP]\n> Pick the SCP.\n\n> [!CAUTION]\n> Old list.\n",
        "p",
        &resolve,
    );
    assert_eq!(
        r.html,
        concat!(
            r#"<div class="callout callout-tip" role="note"><p class="callout-title">Exam tip</p>"#,
            "\n<p>Pick the SCP.</p>\n</div>",
            r#"<div class="callout callout-trap" role="note"><p class="callout-title">Exam trap</p>"#,
            "\n<p>Old list.</p>\n</div>",
        )
    );
    let r = render(
        "> [!TPI]\n> Typo.\n\n> A plain quote.\n\n> [!NOTE]\n",
        "p",
        &resolve,
    );
    let messages: Vec<_> = r.errors.iter().map(|(o, m)| format!("{o}: {m}")).collect();
    assert_eq!(
        messages,
        [
            "0: unknown callout [!TPI]: use [!TIP], [!CAUTION], [!IMPORTANT], [!WARNING] or [!NOTE]",
            "36: a callout needs some text after its [!KIND] line",
        ]
    );
}

#[test]
fn code_blocks_are_highlighted_with_a_copy_button() {
    let r = render("```sh\naws iam list-users\n```\n", "p", &resolve);
    assert_eq!(
        r.html,
        r#"<div class="code-block"><pre class="language-sh" tabindex="0"><code><span class="tok-cmd">aws</span> iam list-users</code></pre><button type="button" class="copy-code">Copy</button></div>"#
    );
    let r = render("```yaml\na: 1\n```\n\n    indented\n", "p", &resolve);
    let messages: Vec<_> = r.errors.iter().map(|(o, m)| format!("{o}: {m}")).collect();
    assert_eq!(
        messages,
        [
            "0: a code block must be fenced with a language: sh, json, text (found \"yaml\")",
            "22: a code block must be fenced with a language: sh, json, text (found \"\")",
        ]
    );
}

#[test]
fn checklist_boxes_are_named_by_their_item() {
    let r = render("- [ ] Use a **group** address\n- [x] MFA\n", "p", &resolve);
    assert_eq!(
        r.html,
        concat!(
            "<ul>\n",
            r#"<li><input type="checkbox" disabled aria-label="Use a group address"> Use a <strong>group</strong> address</li>"#,
            "\n",
            r#"<li><input type="checkbox" disabled checked aria-label="MFA"> MFA</li>"#,
            "\n",
            "</ul>\n",
        )
    );
}

#[test]
fn collects_plain_text_by_section() {
    let r = render(
        "Intro *text*.\n\n## First part\n\nBody `code`.\n\n```sh\naws iam\n```\n",
        "p",
        &resolve,
    );
    assert_eq!(
        r.sections,
        [
            SectionText {
                anchor: None,
                heading: String::new(),
                text: "Intro text.".into()
            },
            SectionText {
                anchor: Some("first-part".into()),
                heading: "First part".into(),
                text: "Body code. aws iam".into()
            },
        ]
    );
}

/// The text search shows in snippets: as the page reads, without markup, a
/// code block's Copy button or the next section.
#[test]
fn section_text_is_the_text_under_its_heading() {
    let r = render(
        "Intro & more.\n\n## One\n\nFirst `sts:AssumeRoot` text.\n\n```sh\naws iam\n```\n\n### Two\n\nSecond.\n",
        "p",
        &resolve,
    );
    let text = |anchor: Option<&str>| {
        r.sections
            .iter()
            .find(|s| s.anchor.as_deref() == anchor)
            .map_or(String::new(), |s| s.text.clone())
    };
    assert_eq!(text(None), "Intro & more.");
    assert_eq!(
        render(
            "See [this page](https://example.com/).\n\nNext",
            "p",
            &resolve
        )
        .sections[0]
            .text,
        "See this page. Next"
    );
    assert_eq!(text(Some("one")), "First sts:AssumeRoot text. aws iam");
    assert_eq!(text(Some("two")), "Second.");
    assert_eq!(text(Some("missing")), "");
}

#[test]
fn counts_words() {
    assert_eq!(render("one two\n\n## three\n", "p", &resolve).words, 3);
}

#[test]
fn a_table_column_without_a_heading_is_refused() {
    let r = render(
        "Intro.\n\n| | Root | IAM |\n|---|---|---|\n| Who | AWS | You |\n",
        "p",
        &resolve,
    );
    let messages: Vec<_> = r.errors.iter().map(|(o, m)| format!("{o}: {m}")).collect();
    assert_eq!(
        messages,
        ["8: every column of a table needs a heading: screen readers read it with each cell"]
    );
    let r = render(
        "| Question | Root | IAM |\n|---|---|---|\n| Who | AWS | You |\n",
        "p",
        &resolve,
    );
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert!(
        r.html
            .contains(r#"aria-label="Table 1: Question, Root, IAM""#),
        "{}",
        r.html
    );
}

/// Diagrams as the compiler would resolve them: `d.svg` exists, nothing else.
struct WithDiagram;

impl Lookup for WithDiagram {
    fn page(&self, path: &str) -> Resolved {
        resolve(path)
    }

    fn diagram(&self, path: &str, id: &str, alt: &str) -> Figure {
        match path {
            "d.svg" => Figure::Html(format!("<figure id=\"{id}\">{alt}</figure>")),
            _ => Figure::Unknown,
        }
    }
}

#[test]
fn a_diagram_paragraph_becomes_its_figure_with_ids_unique_on_the_page() {
    let r = render(
        "## D\n\n![One *view*](d.svg)\n\n![Again](d.svg)\n",
        "p",
        &WithDiagram,
    );
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert!(
        r.html.contains(
            r#"<figure id="diagram-d">One view</figure><figure id="diagram-d-1">Again</figure>"#
        ),
        "{}",
        r.html
    );
    assert!(
        !r.html.contains("<p>"),
        "no paragraph around a figure: {}",
        r.html
    );
    assert_eq!(r.diagrams, ["d.svg", "d.svg"]);
}
