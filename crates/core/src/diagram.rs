//! Diagrams: hand-written SVG files in `content/diagrams/`, checked and
//! inlined into the pages that show them.
//!
//! A diagram is drawn with a few shapes and text, coloured only through
//! classes that the site's stylesheet sets for light and dark mode. So the
//! check is an allowlist: known elements and attributes, no ids, no
//! references, no scripts or styles (the CSP would block inline styles, and
//! the page must not fetch anything). What passes is written out again from
//! the parsed tree, so comments and anything else the allowlist did not name
//! never reach the page.

use crate::diagnostic::{Diagnostic, Level, SourceFile};
use crate::html::escape;
use roxmltree::{Document, Node, NodeType};

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// The elements a diagram may use below its `<svg>`.
const ELEMENTS: &[&str] = &[
    "desc", "g", "rect", "circle", "ellipse", "line", "polyline", "polygon", "path", "text",
    "tspan",
];

/// The attributes those elements may carry: geometry, text placement and classes.
const ATTRIBUTES: &[&str] = &[
    "class",
    "x",
    "y",
    "x1",
    "y1",
    "x2",
    "y2",
    "dx",
    "dy",
    "width",
    "height",
    "rx",
    "ry",
    "cx",
    "cy",
    "r",
    "d",
    "points",
    "transform",
    "text-anchor",
];

/// A checked diagram, ready to inline.
#[derive(Debug, Clone)]
pub struct Diagram {
    /// The root's `viewBox`.
    view_box: String,
    /// What the diagram shows, in words, from its `<desc>`.
    desc: String,
    /// The drawing: every element below the root except `<desc>`, written out again.
    body: String,
}

impl Diagram {
    /// The diagram as a `<figure>`: the SVG named by `alt` (its `<title>` and
    /// the visible caption) and described by its `<desc>`, with ids made from `id`.
    pub fn figure(&self, id: &str, alt: &str) -> String {
        let alt = escape(alt);
        // The caption repeats the image's name for sighted readers; screen
        // readers get it once, from the image itself.
        format!(
            r#"<figure class="diagram"><svg xmlns="{SVG_NS}" viewBox="{vb}" role="img" aria-labelledby="{id}-title" aria-describedby="{id}-desc"><title id="{id}-title">{alt}</title><desc id="{id}-desc">{desc}</desc>{body}</svg><figcaption aria-hidden="true">{alt}</figcaption></figure>"#,
            vb = escape(&self.view_box),
            desc = escape(&self.desc),
            body = self.body,
        )
    }
}

/// Checks a diagram file; every problem is reported at its place.
pub fn parse(file: &SourceFile) -> Result<Diagram, Vec<Diagnostic>> {
    let doc = Document::parse(&file.text).map_err(|e| {
        let pos = e.pos();
        vec![Diagnostic {
            path: file.path.clone(),
            line: pos.row as usize,
            col: pos.col as usize,
            message: format!("diagram is not well-formed SVG: {e}"),
            level: Level::Error,
        }]
    })?;
    let mut errors = Vec::new();
    let root = doc.root_element();
    if root.tag_name().name() != "svg" || root.tag_name().namespace() != Some(SVG_NS) {
        errors.push(file.error_at(
            root.range().start,
            format!("a diagram's root must be <svg xmlns=\"{SVG_NS}\">"),
        ));
        return Err(errors);
    }
    for a in root.attributes() {
        if a.name() != "viewBox" {
            errors.push(file.error_at(
                a.range().start,
                format!(
                    "the <svg> of a diagram takes only viewBox, so that it scales to the page (found `{}`)",
                    a.name()
                ),
            ));
        }
    }
    let view_box = root.attribute("viewBox").unwrap_or_default().to_string();
    if view_box.is_empty() {
        errors.push(file.error_at(root.range().start, "a diagram needs a viewBox on its <svg>"));
    }
    let descs: Vec<Node> = root
        .children()
        .filter(|n| n.has_tag_name((SVG_NS, "desc")))
        .collect();
    let desc = descs
        .first()
        .map(|d| words(&text_of(*d)))
        .unwrap_or_default();
    if desc.is_empty() {
        errors.push(file.error_at(
            root.range().start,
            "diagram has no <desc>: say in words what it shows, for readers who cannot see it",
        ));
    }
    if let Some(extra) = descs.get(1) {
        errors.push(file.error_at(extra.range().start, "diagram has more than one <desc>"));
    }
    let mut body = String::new();
    for child in root.children() {
        if !child.has_tag_name((SVG_NS, "desc")) {
            write_node(file, child, false, &mut body, &mut errors);
        }
    }
    if errors.is_empty() {
        Ok(Diagram {
            view_box,
            desc,
            body,
        })
    } else {
        Err(errors)
    }
}

/// Writes one checked node; `in_text` says whether text may appear here.
fn write_node(
    file: &SourceFile,
    node: Node,
    in_text: bool,
    out: &mut String,
    errors: &mut Vec<Diagnostic>,
) {
    match node.node_type() {
        NodeType::Comment | NodeType::Root => {}
        NodeType::PI => errors.push(file.error_at(
            node.range().start,
            "processing instructions are not allowed in a diagram",
        )),
        NodeType::Text => {
            let text = node.text().unwrap_or_default();
            if in_text {
                out.push_str(&escape(text));
            } else if !text.trim().is_empty() {
                errors.push(file.error_at(
                    node.range().start,
                    "text in a diagram belongs in a <text> element",
                ));
            }
        }
        NodeType::Element => {
            let name = node.tag_name().name();
            if node.tag_name().namespace() != Some(SVG_NS) || !ELEMENTS.contains(&name) {
                errors.push(file.error_at(
                    node.range().start,
                    format!(
                        "<{name}> is not allowed in a diagram; use {}",
                        ELEMENTS.join(", ")
                    ),
                ));
                return;
            }
            if name == "desc" {
                errors.push(file.error_at(
                    node.range().start,
                    "<desc> belongs directly inside the <svg>",
                ));
                return;
            }
            out.push('<');
            out.push_str(name);
            for a in node.attributes() {
                if a.namespace().is_some() || !ATTRIBUTES.contains(&a.name()) {
                    errors.push(file.error_at(
                        a.range().start,
                        format!(
                            "attribute `{}` is not allowed in a diagram: colour with classes from the stylesheet, and use no ids, links or styles",
                            a.name()
                        ),
                    ));
                    continue;
                }
                out.push_str(&format!(r#" {}="{}""#, a.name(), escape(a.value())));
            }
            out.push('>');
            let text_here = matches!(name, "text" | "tspan");
            for child in node.children() {
                write_node(file, child, text_here, out, errors);
            }
            out.push_str(&format!("</{name}>"));
        }
    }
}

/// All the text below a node.
fn text_of(node: Node) -> String {
    node.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect()
}

/// Text with its spaces made single.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svg(inner: &str) -> SourceFile {
        SourceFile::new(
            "content/diagrams/d.svg",
            format!(r#"<svg xmlns="{SVG_NS}" viewBox="0 0 10 10">{inner}</svg>"#),
        )
    }

    fn messages(file: &SourceFile) -> Vec<String> {
        parse(file)
            .expect_err("diagram should be refused")
            .iter()
            .map(|d| d.to_string())
            .collect()
    }

    #[test]
    fn a_diagram_becomes_a_described_figure() {
        let d = parse(&svg(
            "<!-- note --><desc>A box\n  with <b>words</b>.</desc><rect class=\"box\" x=\"1\" y=\"1\" width=\"8\" height=\"8\"/><text x=\"5\" y=\"5\">A &amp; B</text>",
        ));
        let d = d.map_err(|e| format!("{e:?}")).unwrap();
        let html = d.figure("diagram-d", "A <box>");
        assert_eq!(
            html,
            concat!(
                r#"<figure class="diagram"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" role="img" aria-labelledby="diagram-d-title" aria-describedby="diagram-d-desc">"#,
                r#"<title id="diagram-d-title">A &lt;box&gt;</title><desc id="diagram-d-desc">A box with words.</desc>"#,
                r#"<rect class="box" x="1" y="1" width="8" height="8"></rect><text x="5" y="5">A &amp; B</text></svg>"#,
                r#"<figcaption aria-hidden="true">A &lt;box&gt;</figcaption></figure>"#
            )
        );
    }

    #[test]
    fn scripts_styles_ids_and_links_are_refused_at_their_place() {
        let file = svg(concat!(
            "<desc>d</desc>\n",
            "<script>alert(1)</script>\n",
            "<rect id=\"a\" style=\"fill:red\" onclick=\"x()\"/>\n",
            "<image href=\"https://example.com/x.png\"/>",
        ));
        let m = messages(&file);
        assert_eq!(m.len(), 5, "{m:?}");
        assert!(
            m[0].starts_with(
                "content/diagrams/d.svg:2:1: error: <script> is not allowed in a diagram"
            ),
            "{m:?}"
        );
        assert!(
            m[1].starts_with("content/diagrams/d.svg:3:7: error: attribute `id` is not allowed"),
            "{m:?}"
        );
        assert!(m[2].contains("attribute `style`"), "{m:?}");
        assert!(m[3].contains("attribute `onclick`"), "{m:?}");
        assert!(
            m[4].starts_with("content/diagrams/d.svg:4:1: error: <image>"),
            "{m:?}"
        );
    }

    #[test]
    fn a_diagram_needs_a_description_and_no_fixed_size() {
        let file = SourceFile::new(
            "content/diagrams/d.svg",
            format!(
                r#"<svg xmlns="{SVG_NS}" width="300" viewBox="0 0 10 10"><desc> </desc></svg>"#
            ),
        );
        let m = messages(&file);
        assert_eq!(
            m,
            [
                "content/diagrams/d.svg:1:41: error: the <svg> of a diagram takes only viewBox, so that it scales to the page (found `width`)",
                "content/diagrams/d.svg:1:1: error: diagram has no <desc>: say in words what it shows, for readers who cannot see it",
            ]
        );
    }

    #[test]
    fn a_file_that_is_not_xml_names_the_place() {
        let file = SourceFile::new("content/diagrams/d.svg", "<svg>\n<rect></svg>");
        let m = messages(&file);
        assert_eq!(m.len(), 1);
        assert!(m[0].starts_with("content/diagrams/d.svg:2:"), "{m:?}");
    }
}
