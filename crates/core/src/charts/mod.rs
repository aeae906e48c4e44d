//! Charts of a student's progress, as figures: every bar, line and label
//! already placed in an SVG's user units, and the same figures as a table.
//! The app only draws them, so what a student sees is decided (and tested)
//! here.
//!
//! Coordinates are whole numbers: a chart is [`WIDTH`] units wide and scales
//! to the width of the page, so a unit is well under a pixel on a phone and
//! rounding is invisible. The figures are whole percentages and counts, like
//! every other figure in the app.

mod figures;
mod layout;

pub use figures::{
    MAX_EXAMS, TopicMastery, accuracy_over_time, coming_due, exam_scores, mastery_by_topic,
    topic_mastery,
};

/// Width of every chart, in its own units (the SVG's `viewBox`).
pub const WIDTH: i32 = 360;

/// A chart, or why there is none yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Figure {
    /// Something to draw.
    Chart(Chart),
    /// Nothing to draw yet: a sentence to show instead of an empty chart.
    Empty(String),
}

/// One chart, ready to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chart {
    /// Unique on a page: names the chart's caption, which names its image.
    pub id: &'static str,
    /// What the chart shows and its key figure: the caption and accessible name.
    pub title: String,
    /// Height in the chart's units (the width is [`WIDTH`]).
    pub height: i32,
    /// The data: one bar per table row, in the same order.
    pub bars: Vec<Bar>,
    /// Axes, grid lines and reference lines, drawn under the bars.
    pub lines: Vec<Line>,
    /// Text: axis ticks and values.
    pub labels: Vec<Label>,
    /// The same figures as a table, for screen readers and anyone who wants
    /// the numbers; empty when the page already has one.
    pub table: Table,
}

/// A bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    /// Left edge.
    pub x: i32,
    /// Top edge.
    pub y: i32,
    /// Width, 0 or more.
    pub width: i32,
    /// Height, 0 or more: a zero bar is a real figure, not a missing one.
    pub height: i32,
    /// The figure the bar stands for (a percentage or a count), as in its table row.
    pub value: u32,
    /// Whether this is the bar the page is about (the exam just taken).
    pub current: bool,
}

/// A straight line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Start, across.
    pub x1: i32,
    /// Start, down.
    pub y1: i32,
    /// End, across.
    pub x2: i32,
    /// End, down.
    pub y2: i32,
    /// What the line is.
    pub kind: LineKind,
}

/// What a line is, which sets how it looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// The axis the bars stand on.
    Axis,
    /// A faint line at an axis tick.
    Grid,
    /// The exam's pass estimate.
    Pass,
}

impl LineKind {
    /// The class the app styles the line with.
    pub fn class(self) -> &'static str {
        match self {
            LineKind::Axis => "axis",
            LineKind::Grid => "grid",
            LineKind::Pass => "pass-line",
        }
    }
}

/// A piece of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// Where the text is anchored, across.
    pub x: i32,
    /// The text's baseline.
    pub y: i32,
    /// The text.
    pub text: String,
    /// Which part of the text is at `x`.
    pub anchor: Anchor,
    /// Whether the label names the pass line (and looks like it).
    pub pass: bool,
}

/// Which part of a label is at its `x`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// Its start.
    Start,
    /// Its middle.
    Middle,
    /// Its end.
    End,
}

impl Anchor {
    /// The SVG `text-anchor` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// A chart's figures as a table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    /// What opens the table: "Exam scores as a table".
    pub summary: &'static str,
    /// Column headings.
    pub head: Vec<&'static str>,
    /// One row per bar, in the bars' order.
    pub rows: Vec<Row>,
}

/// A table row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The cells, the first naming the row.
    pub cells: Vec<String>,
    /// Whether this row is the one the page is about.
    pub current: bool,
}

#[cfg(test)]
mod tests;
