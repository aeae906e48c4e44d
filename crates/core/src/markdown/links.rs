//! Links: between pages they name the page's `.md` file and become app
//! routes (checked, anchors included, once every page is known); outside
//! links must be https, http or mailto.

use super::walk::Renderer;
use super::{PageLink, Resolved};
use crate::url;
use pulldown_cmark::CowStr;

impl<'a> Renderer<'a, '_> {
    /// The route a link destination becomes, recording links to pages and
    /// reporting destinations that name no page.
    pub(super) fn rewrite_link(&mut self, dest: &str, offset: usize) -> CowStr<'a> {
        if dest.starts_with("https://")
            || dest.starts_with("http://")
            || dest.starts_with("mailto:")
        {
            return dest.to_string().into();
        }
        let (path, anchor) = match dest.split_once('#') {
            Some((p, a)) => (p, Some(a.to_string())),
            None => (dest, None),
        };
        let Some(target) = self.link_target(dest, path, offset) else {
            return dest.to_string().into();
        };
        let route = url::page_or_section(&target, anchor.as_deref());
        self.out.links.push(PageLink {
            offset,
            slug: target,
            anchor,
        });
        route.into()
    }

    /// The slug a link's path names: this page for `#anchor`, else the `.md` page.
    fn link_target(&mut self, dest: &str, path: &str, offset: usize) -> Option<String> {
        if path.is_empty() {
            return Some(self.slug.to_string());
        }
        if !path.ends_with(".md") {
            self.error(
                offset,
                format!(
                    "link \"{dest}\" must point to a .md page, a #section or an https:// address"
                ),
            );
            return None;
        }
        match self.lookup.page(path) {
            Resolved::Page(s) => Some(s),
            Resolved::Unknown => {
                self.error(
                    offset,
                    format!("link to a page that does not exist: {path}"),
                );
                None
            }
            Resolved::Broken => None,
        }
    }
}
