//! "Report a problem": a link that opens a prefilled issue on the project's
//! GitHub repository, naming the question or page, the content version and
//! the student's answer. Without a repository configured there is no link.

use std::fmt;

/// A GitHub repository, `owner/name`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repo {
    owner: String,
    name: String,
}

impl Repo {
    /// Reads `owner/name`, or a GitHub remote URL (`https://github.com/owner/name.git`,
    /// `git@github.com:owner/name.git`). Anything else is not a repository issues can go to.
    pub fn parse(text: &str) -> Option<Repo> {
        let text = text.trim();
        let path = [
            "https://github.com/",
            "http://github.com/",
            "ssh://git@github.com/",
            "git@github.com:",
        ]
        .iter()
        .find_map(|prefix| text.strip_prefix(prefix))
        .unwrap_or(text);
        let path = path.trim_end_matches('/');
        let path = path.strip_suffix(".git").unwrap_or(path);
        let (owner, name) = path.split_once('/')?;
        let valid = |part: &str| {
            !part.is_empty()
                && !part.starts_with('.')
                && part
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        };
        (valid(owner) && valid(name) && !owner.contains('.')).then(|| Repo {
            owner: owner.into(),
            name: name.into(),
        })
    }

    /// The repository a build reports to: `ROOTCAMP_REPO` when set (empty
    /// turns the links off), else `GITHUB_REPOSITORY` (set in GitHub Actions),
    /// else the git remote `origin` when it is on GitHub.
    pub fn for_build(
        rootcamp_repo: Option<&str>,
        github_repository: Option<&str>,
        git_origin: Option<&str>,
    ) -> Option<Repo> {
        match rootcamp_repo {
            Some(setting) => Repo::parse(setting),
            None => github_repository.or(git_origin).and_then(Repo::parse),
        }
    }

    /// [`Repo::for_build`] from this process's environment and the git
    /// remote `origin` of the current directory (build time only).
    #[cfg(feature = "compile")]
    pub fn from_build_environment() -> Option<Repo> {
        let origin = std::process::Command::new("git")
            .args(["remote", "get-url", "origin"])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .and_then(|o| String::from_utf8(o.stdout).ok());
        let var = |name| std::env::var(name).ok();
        Repo::for_build(
            var("ROOTCAMP_REPO").as_deref(),
            var("GITHUB_REPOSITORY").as_deref(),
            origin.as_deref(),
        )
    }

    /// The address of a new issue on this repository, prefilled with `report`.
    pub fn issue_url(&self, report: &Report<'_>) -> String {
        format!(
            "https://github.com/{self}/issues/new?title={}&body={}",
            encode(&report.title()),
            encode(&report.body())
        )
    }
}

impl fmt::Display for Repo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.owner, self.name)
    }
}

/// What a report is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject<'a> {
    /// A question, by id.
    Question(&'a str),
    /// A knowledge-base page, by slug.
    Page(&'a str),
}

/// One problem report, before it is turned into an issue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report<'a> {
    /// The question or page the student is reporting.
    pub subject: Subject<'a>,
    /// The content version the student saw ([`crate::bundle::content_version`]).
    pub content_version: &'a str,
    /// The student's answer, in words, when they gave one.
    pub answer: Option<String>,
}

impl Report<'_> {
    /// The issue's title.
    pub fn title(&self) -> String {
        match self.subject {
            Subject::Question(id) => format!("Problem with question {id}"),
            Subject::Page(slug) => format!("Problem with page {slug}"),
        }
    }

    /// The issue's text.
    pub fn body(&self) -> String {
        let mut body = match self.subject {
            Subject::Question(id) => format!("Question: {id}\n"),
            Subject::Page(slug) => format!("Page: {slug}\n"),
        };
        body += &format!("Content version: {}\n", self.content_version);
        if let Some(answer) = &self.answer {
            body += &format!("My answer: {answer}\n");
        }
        body + "\nWhat is wrong, and the AWS page that says so:\n"
    }
}

/// The report an issue address made by [`Repo::issue_url`] carries, as text
/// to paste into an issue: its title, a blank line, its body. None for an
/// address without them.
pub fn text_of_issue_url(url: &str) -> Option<String> {
    let (_, query) = url.split_once('?')?;
    let field = |name: &str| {
        query
            .split('&')
            .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
            .and_then(decode)
    };
    Some(format!("{}\n\n{}", field("title")?, field("body")?))
}

/// Reverses [`encode`]; None for a malformed escape or text that is not UTF-8.
fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out += &format!("%{b:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_issue_address_gives_back_its_report_as_text() {
        let repo = Repo::parse("team/rootcamp").unwrap();
        let report = Report {
            subject: Subject::Page("root-mfa"),
            content_version: "v1",
            answer: Some("“Sure” & 100% right".into()),
        };
        assert_eq!(
            text_of_issue_url(&repo.issue_url(&report)).as_deref(),
            Some(&*format!("{}\n\n{}", report.title(), report.body()))
        );
        assert_eq!(
            text_of_issue_url("https://github.com/team/rootcamp/issues/new"),
            None
        );
        assert_eq!(
            text_of_issue_url("https://x/new?title=a&body=%E2%28"),
            None,
            "not UTF-8"
        );
        assert_eq!(
            text_of_issue_url("https://x/new?title=a&body=%4"),
            None,
            "a cut escape"
        );
    }

    #[test]
    fn repositories_are_read_from_settings_and_github_remotes() {
        for text in [
            "rootcamp/rootcamp",
            "https://github.com/rootcamp/rootcamp",
            "https://github.com/rootcamp/rootcamp.git",
            "git@github.com:rootcamp/rootcamp.git",
            "ssh://git@github.com/rootcamp/rootcamp/",
        ] {
            assert_eq!(
                Repo::parse(text).map(|r| r.to_string()).as_deref(),
                Some("rootcamp/rootcamp"),
                "{text}"
            );
        }
        for text in [
            "",
            "rootcamp",
            "https://gitlab.com/rootcamp/rootcamp",
            "/srv/git/rootcamp",
            "../rootcamp",
            "owner/name/extra",
        ] {
            assert_eq!(Repo::parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn the_setting_wins_and_an_empty_one_turns_reports_off() {
        let origin = Some("git@github.com:me/fork.git");
        let actions = Some("team/rootcamp");
        let repo = |a, b, c| Repo::for_build(a, b, c).map(|r| r.to_string());
        assert_eq!(repo(Some("x/y"), actions, origin).as_deref(), Some("x/y"));
        assert_eq!(repo(Some(""), actions, origin), None);
        assert_eq!(
            repo(None, actions, origin).as_deref(),
            Some("team/rootcamp")
        );
        assert_eq!(repo(None, None, origin).as_deref(), Some("me/fork"));
        assert_eq!(repo(None, None, Some("/srv/git/rootcamp")), None);
        assert_eq!(repo(None, None, None), None);
    }

    #[test]
    fn an_issue_names_the_question_the_version_and_the_answer() {
        let repo = Repo::parse("team/rootcamp").unwrap();
        let url = repo.issue_url(&Report {
            subject: Subject::Question("root-mfa-01"),
            content_version: "0a1b2c3d4e",
            answer: Some("Use an SCP & a role".into()),
        });
        assert_eq!(
            url,
            "https://github.com/team/rootcamp/issues/new?title=Problem%20with%20question%20root-mfa-01\
             &body=Question%3A%20root-mfa-01%0AContent%20version%3A%200a1b2c3d4e%0AMy%20answer%3A%20Use%20an%20SCP%20%26%20a%20role%0A\
             %0AWhat%20is%20wrong%2C%20and%20the%20AWS%20page%20that%20says%20so%3A%0A"
        );
        let page = repo.issue_url(&Report {
            subject: Subject::Page("root-vs-iam"),
            content_version: "v",
            answer: None,
        });
        assert!(
            page.ends_with("?title=Problem%20with%20page%20root-vs-iam&body=Page%3A%20root-vs-iam%0AContent%20version%3A%20v%0A%0AWhat%20is%20wrong%2C%20and%20the%20AWS%20page%20that%20says%20so%3A%0A"),
            "{page}"
        );
    }
}
