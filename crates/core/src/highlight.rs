//! Syntax colouring at build time for the two languages the pages show: shell
//! commands and JSON. A few dozen lines each instead of a highlighting library,
//! because pages only need commands, flags, strings and keys told apart, and
//! nothing here ships to the browser.

use crate::html::escape;

/// Languages a fenced code block may name.
pub const LANGUAGES: [&str; 3] = ["sh", "json", "text"];

/// `code` as escaped HTML with `<span class="tok-…">` around tokens.
pub fn highlight(language: &str, code: &str) -> String {
    match language {
        "sh" => shell(code),
        "json" => json(code),
        _ => escape(code),
    }
}

fn span(out: &mut String, class: &str, text: &str) {
    out.push_str(&format!(
        r#"<span class="tok-{class}">{}</span>"#,
        escape(text)
    ));
}

fn json(code: &str) -> String {
    let chars: Vec<char> = code.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i = (i + 1).min(chars.len());
            let text: String = chars[start..i].iter().collect();
            let next = chars[i..].iter().find(|c| !c.is_whitespace());
            span(
                &mut out,
                if next == Some(&':') { "key" } else { "str" },
                &text,
            );
        } else if c == '-' || c.is_ascii_digit() {
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || "+-.".contains(chars[i]))
            {
                i += 1;
            }
            span(&mut out, "num", &chars[start..i].iter().collect::<String>());
        } else if c.is_ascii_alphabetic() {
            while i < chars.len() && chars[i].is_ascii_alphabetic() {
                i += 1;
            }
            span(&mut out, "lit", &chars[start..i].iter().collect::<String>());
        } else {
            out.push_str(&escape(&c.to_string()));
            i += 1;
        }
    }
    out
}

fn shell(code: &str) -> String {
    let mut out = String::new();
    let mut continued = false;
    for line in code.split_inclusive('\n') {
        shell_line(line, &mut out, !continued);
        continued = line.trim_end().ends_with('\\');
    }
    out
}

fn shell_line(line: &str, out: &mut String, mut command_next: bool) {
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if c.is_whitespace() {
            out.push(c);
            i += 1;
        } else if c == '#' {
            span(
                out,
                "comment",
                chars[i..].iter().collect::<String>().trim_end_matches('\n'),
            );
            if line.ends_with('\n') {
                out.push('\n');
            }
            return;
        } else if c == '\'' || c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != c {
                i += 1;
            }
            i = (i + 1).min(chars.len());
            span(out, "str", &chars[start..i].iter().collect::<String>());
        } else if "|;&".contains(c) {
            while i < chars.len() && "|;&".contains(chars[i]) {
                i += 1;
            }
            out.push_str(&escape(&chars[start..i].iter().collect::<String>()));
            command_next = true;
        } else {
            while i < chars.len() && !chars[i].is_whitespace() && !"|;&'\"".contains(chars[i]) {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let class = if command_next {
                "cmd"
            } else if word.starts_with('-') {
                "opt"
            } else if word.starts_with('$') {
                "var"
            } else {
                ""
            };
            command_next = false;
            if class.is_empty() {
                out.push_str(&escape(&word));
            } else {
                span(out, class, &word);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_commands_options_strings_and_comments() {
        assert_eq!(
            highlight(
                "sh",
                "# list keys\naws iam list-access-keys --user-name \"a b\" | jq .\n"
            ),
            concat!(
                r#"<span class="tok-comment"># list keys</span>"#,
                "\n",
                r#"<span class="tok-cmd">aws</span> iam list-access-keys <span class="tok-opt">--user-name</span> "#,
                r#"<span class="tok-str">&quot;a b&quot;</span> | <span class="tok-cmd">jq</span> ."#,
                "\n",
            )
        );
    }

    #[test]
    fn a_continued_line_is_not_a_new_command() {
        assert_eq!(
            highlight("sh", "aws sts assume-root \\\n  --duration-seconds 900"),
            concat!(
                r#"<span class="tok-cmd">aws</span> sts assume-root \"#,
                "\n",
                r#"  <span class="tok-opt">--duration-seconds</span> 900"#,
            )
        );
    }

    #[test]
    fn json_keys_strings_numbers_and_literals() {
        assert_eq!(
            highlight("json", r#"{"type": ["Root"], "n": -1, "ok": true}"#),
            concat!(
                r#"{<span class="tok-key">&quot;type&quot;</span>: [<span class="tok-str">&quot;Root&quot;</span>], "#,
                r#"<span class="tok-key">&quot;n&quot;</span>: <span class="tok-num">-1</span>, "#,
                r#"<span class="tok-key">&quot;ok&quot;</span>: <span class="tok-lit">true</span>}"#,
            )
        );
    }

    #[test]
    fn text_is_only_escaped_and_nothing_is_lost() {
        assert_eq!(
            highlight("text", "<root_account> & co"),
            "&lt;root_account&gt; &amp; co"
        );
        let odd = "\"unterminated \\\" {\n'x";
        let stripped = |h: String| {
            h.replace(r#"<span class="tok-str">"#, "")
                .replace(r#"<span class="tok-key">"#, "")
                .replace("</span>", "")
        };
        assert_eq!(stripped(highlight("json", odd)), escape(odd));
    }
}
