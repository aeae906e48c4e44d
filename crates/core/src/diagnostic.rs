//! Content errors with their place: `path:line:col: error: message`.

use std::fmt;

/// One problem in one content file. Lines and columns start at 1; columns count characters.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// The file the problem is in, as named in messages (`content/...`).
    pub path: String,
    /// The line the problem is on.
    pub line: usize,
    /// The column, in characters, where the problem starts.
    pub col: usize,
    /// What is wrong, in words for the content's author.
    pub message: String,
    /// Whether the problem stops the build.
    pub level: Level,
}

/// Errors stop the build; warnings are printed and the build goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// A mistake: the content does not compile.
    Error,
    /// Worth fixing, but the content still compiles.
    Warning,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.level {
            Level::Error => "error",
            Level::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {level}: {}",
            self.path, self.line, self.col, self.message
        )
    }
}

/// A content file: the path to show in messages and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The file's path as shown in messages, e.g. `content/kb/mfa-recovery.md`.
    pub path: String,
    /// The file's whole text.
    pub text: String,
}

impl SourceFile {
    /// A file named `path` in messages, holding `text`.
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        SourceFile {
            path: path.into(),
            text: text.into(),
        }
    }

    /// A diagnostic at a byte offset into this file's text.
    pub fn error_at(&self, offset: usize, message: impl Into<String>) -> Diagnostic {
        self.at(offset, message, Level::Error)
    }

    /// A warning at a byte offset into this file's text.
    pub fn warning_at(&self, offset: usize, message: impl Into<String>) -> Diagnostic {
        self.at(offset, message, Level::Warning)
    }

    fn at(&self, offset: usize, message: impl Into<String>, level: Level) -> Diagnostic {
        let (line, col) = line_col(&self.text, offset);
        Diagnostic {
            path: self.path.clone(),
            line,
            col,
            message: message.into(),
            level,
        }
    }
}

/// 1-based line and character column of a byte offset (clamped to the text).
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// All diagnostics, sorted by file and position, one per line.
pub fn report(diagnostics: &[Diagnostic]) -> String {
    let mut sorted = diagnostics.to_vec();
    sorted.sort();
    sorted.dedup();
    sorted.iter().map(|d| format!("{d}\n")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_lines_and_characters() {
        let text = "ab\nçd\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        assert_eq!(line_col(text, 5), (2, 2)); // after the two-byte ç
        assert_eq!(line_col(text, 99), (3, 1));
    }

    #[test]
    fn formats_like_a_compiler() {
        let f = SourceFile::new("content/kb/a.md", "x\ny");
        assert_eq!(
            f.error_at(2, "bad").to_string(),
            "content/kb/a.md:2:1: error: bad"
        );
    }
}
