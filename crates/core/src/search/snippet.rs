//! Snippets for results: the section's text around the matched words, with
//! those words marked. The text comes from the page's HTML at query time, so
//! the index does not carry a second copy of the content.

use super::text;
use std::collections::HashSet;

/// Text to show, as runs that are (true) or are not (false) a matched word.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Snippet {
    pub parts: Vec<(String, bool)>,
}

/// The plain text of one section of a page's HTML: after the heading with id
/// `anchor` (or from the start) up to the next section heading.
pub fn section_text(html: &str, anchor: Option<&str>) -> String {
    let start = match anchor {
        Some(a) => match html.find(&format!(" id=\"{a}\"")) {
            Some(i) => html[i..]
                .find("</h")
                .and_then(|j| html[i + j..].find('>').map(|k| i + j + k + 1))
                .unwrap_or(html.len()),
            None => return String::new(),
        },
        None => 0,
    };
    let rest = &html[start..];
    let end = [rest.find("<h2"), rest.find("<h3")]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(rest.len());
    strip_tags(&rest[..end])
}

fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    let mut skip_depth = 0;
    let mut tag = String::new();
    for c in html.chars() {
        match (in_tag, c) {
            (false, '<') => {
                in_tag = true;
                tag.clear();
            }
            (true, '>') => {
                in_tag = false;
                if tag.starts_with("button") {
                    skip_depth += 1;
                } else if tag.starts_with("/button") {
                    skip_depth -= 1;
                } else if !out.ends_with(' ') && ends_block(&tag) {
                    out.push(' ');
                }
            }
            (true, c) => tag.push(c),
            (false, c) if skip_depth == 0 => out.push(if c == '\n' { ' ' } else { c }),
            _ => {}
        }
    }
    let out = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a tag ends a block of text (inline tags such as `</a>` do not
/// separate words, so no space is added for them).
fn ends_block(tag: &str) -> bool {
    let name = tag
        .trim_start_matches('/')
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    (tag.starts_with('/')
        && matches!(
            name,
            "p" | "li"
                | "td"
                | "th"
                | "tr"
                | "div"
                | "pre"
                | "blockquote"
                | "h2"
                | "h3"
                | "h4"
                | "dt"
                | "dd"
        ))
        || name == "br"
}

/// About `max_chars` of `text` around the first place where matched terms
/// cluster, with the matched words marked.
pub fn snippet(text: &str, matched: &[String], max_chars: usize) -> Snippet {
    let wanted: HashSet<&str> = matched.iter().map(String::as_str).collect();
    let words = text::raw_words(text);
    let hits: Vec<bool> = words
        .iter()
        .map(|&(s, e)| {
            text::terms(&text[s..e])
                .iter()
                .any(|t| wanted.contains(t.as_str()))
        })
        .collect();
    // Start a little before the densest run of matches within the window.
    let window_words = (max_chars / 7).max(4);
    let best = (0..words.len()).max_by_key(|&i| {
        (
            hits[i..(i + window_words).min(words.len())]
                .iter()
                .filter(|h| **h)
                .count(),
            std::cmp::Reverse(i),
        )
    });
    let first = best.map_or(0, |i| i.saturating_sub(3));
    let start = words.get(first).map_or(0, |w| w.0);
    let mut end = text.len();
    for &(s, e) in &words[first..] {
        if text[start..e].chars().count() > max_chars {
            end = s;
            break;
        }
    }
    let mut parts: Vec<(String, bool)> = Vec::new();
    let mut pos = start;
    for (k, &(s, e)) in words.iter().enumerate().skip(first) {
        if s >= end {
            break;
        }
        if hits[k] {
            push(&mut parts, &text[pos..s], false);
            push(&mut parts, &text[s..e], true);
            pos = e;
        }
    }
    push(&mut parts, text[pos..end].trim_end(), false);
    if start > 0 {
        parts.insert(0, ("… ".into(), false));
    }
    if end < text.len() {
        push(&mut parts, " …", false);
    }
    Snippet { parts }
}

fn push(parts: &mut Vec<(String, bool)>, s: &str, marked: bool) {
    if s.is_empty() {
        return;
    }
    match parts.last_mut() {
        Some((last, m)) if *m == marked => last.push_str(s),
        _ => parts.push((s.to_string(), marked)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_text_is_the_text_under_its_heading() {
        let html = r##"<p>Intro &amp; more.</p>
<h2 id="one">One<a class="anchor" href="kb/p#one">#</a></h2>
<p>First <code>sts:AssumeRoot</code> text.</p><div class="code-block"><pre><code>aws iam</code></pre><button type="button" class="copy-code">Copy</button></div>
<h3 id="two">Two</h3><p>Second.</p>"##;
        assert_eq!(section_text(html, None), "Intro & more.");
        assert_eq!(
            section_text(r#"<p>See <a href="x">this page</a>.</p><p>Next</p>"#, None),
            "See this page. Next"
        );
        assert_eq!(
            section_text(html, Some("one")),
            "First sts:AssumeRoot text. aws iam"
        );
        assert_eq!(section_text(html, Some("two")), "Second.");
        assert_eq!(section_text(html, Some("missing")), "");
    }

    #[test]
    fn marks_matched_words_in_a_window() {
        let text = "The root user signs in with an email address. IAM users sign in with an account ID. Passwords differ.";
        let s = snippet(text, &["email".to_string(), "address".to_string()], 40);
        let shown: String = s
            .parts
            .iter()
            .map(|(t, m)| if *m { format!("[{t}]") } else { t.clone() })
            .collect();
        assert_eq!(shown, "… root user signs in with an [email] [address]. …");
    }
}
