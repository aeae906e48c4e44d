//! The geometry the charts share: columns standing on an axis against a
//! vertical scale, and rows of bars across a percentage scale.

use super::{Anchor, Bar, Chart, Label, Line, LineKind, Table, WIDTH};
use crate::quiz::exam::PASS_PERCENT;

/// Room on the left for the scale's labels.
const LEFT: i32 = 40;
/// The right edge of the plot.
const RIGHT: i32 = WIDTH - 8;
/// Room above a full column for its value.
const TOP: i32 = 18;
/// Height of the plot, from 0 to the top of the scale.
const PLOT_HEIGHT: i32 = 140;
/// The axis the columns stand on.
const BASE: i32 = TOP + PLOT_HEIGHT;
/// Room a value above a column needs: about the width of each character of
/// the 12-unit type, and a little space to the next.
fn room_for(text: &str) -> i32 {
    i32::try_from(text.len()).unwrap_or(i32::MAX / 8) * 7 + 4
}
/// Columns are at most this wide, however few.
const MAX_COLUMN: i32 = 40;
/// Height of one row of a row chart: its name, then its bar.
const ROW: i32 = 34;
/// Room on the right of a row chart for the value.
const ROW_VALUE: i32 = 44;

/// `value` of `top` as a length of `length` units, rounded to the nearest.
fn scaled(value: u32, top: u32, length: i32) -> i32 {
    let top = i64::from(top.max(1));
    let value = i64::from(value).min(top);
    i32::try_from((value * i64::from(length) + top / 2) / top).unwrap_or(length)
}

/// A vertical scale from 0 to `top`, with the values that get a label and a grid line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Scale {
    top: u32,
    ticks: Vec<(u32, String)>,
    pass_line: bool,
}

impl Scale {
    /// 0 to 100%, with the pass line at [`PASS_PERCENT`] if `pass_line`.
    pub(super) fn percent(pass_line: bool) -> Scale {
        Scale {
            top: 100,
            ticks: [0, 50, 100].map(|p| (p, format!("{p}%"))).to_vec(),
            pass_line,
        }
    }

    /// 0 to a round number at or above `max`, in at most four steps of 1, 2
    /// or 5 times a power of ten.
    pub(super) fn count(max: u32) -> Scale {
        let max = max.max(1);
        let wanted = max.div_ceil(4);
        let mut power = 1u32;
        let step = loop {
            if let Some(&step) = [power, 2 * power, 5 * power].iter().find(|&&s| s >= wanted) {
                break step;
            }
            power *= 10;
        };
        let top = max.div_ceil(step) * step;
        Scale {
            top,
            ticks: (0..=top / step)
                .map(|i| (i * step, (i * step).to_string()))
                .collect(),
            pass_line: false,
        }
    }

    fn y(&self, value: u32) -> i32 {
        BASE - scaled(value, self.top, PLOT_HEIGHT)
    }
}

/// One column of a column chart.
pub(super) struct Column {
    /// None for a gap: nothing to show there (not the same as 0).
    pub(super) value: Option<u32>,
    /// Shown above the column where there is room (and always over the current one); empty for none.
    pub(super) text: String,
    pub(super) current: bool,
}

/// A label under the axis, under column `index`.
pub(super) struct Tick {
    pub(super) index: usize,
    pub(super) text: String,
    /// Middle: centred on the column; Start or End: from its left edge or to its right edge.
    pub(super) anchor: Anchor,
}

/// Columns side by side against `scale`, oldest or soonest on the left.
pub(super) fn columns(
    id: &'static str,
    title: String,
    scale: &Scale,
    columns: &[Column],
    ticks: &[Tick],
    table: Table,
) -> Chart {
    let n = i32::try_from(columns.len().max(1)).unwrap_or(i32::MAX);
    let slot = |i: i32| {
        (
            LEFT + i * (RIGHT - LEFT) / n,
            LEFT + (i + 1) * (RIGHT - LEFT) / n,
        )
    };
    let mut chart = Chart {
        id,
        title,
        height: BASE + 22,
        bars: Vec::new(),
        lines: Vec::new(),
        labels: Vec::new(),
        table,
    };
    for (value, text) in &scale.ticks {
        let y = scale.y(*value);
        if *value > 0 {
            chart.lines.push(line(LEFT, y, RIGHT, y, LineKind::Grid));
        }
        chart
            .labels
            .push(label(LEFT - 6, y + 4, text.clone(), Anchor::End));
    }
    if scale.pass_line {
        let y = scale.y(PASS_PERCENT);
        chart.lines.push(line(LEFT, y, RIGHT, y, LineKind::Pass));
        chart.labels.push(Label {
            pass: true,
            ..label(LEFT - 6, y + 4, format!("{PASS_PERCENT}%"), Anchor::End)
        });
    }
    chart
        .lines
        .push(line(LEFT, BASE, RIGHT, BASE, LineKind::Axis));
    for (i, column) in (0..).zip(columns) {
        let Some(value) = column.value else {
            continue;
        };
        let (left, right) = slot(i);
        let width = ((right - left) * 2 / 3).min(MAX_COLUMN);
        let x = left + (right - left - width) / 2;
        let y = scale.y(value);
        chart.bars.push(Bar {
            x,
            y,
            width,
            height: BASE - y,
            value,
            current: column.current,
        });
        if !column.text.is_empty() && (right - left >= room_for(&column.text) || column.current) {
            chart.labels.push(label(
                x + width / 2,
                y - 5,
                column.text.clone(),
                Anchor::Middle,
            ));
        }
    }
    for tick in ticks {
        let (left, right) = slot(i32::try_from(tick.index).unwrap_or(n - 1));
        let x = match tick.anchor {
            Anchor::Start => left,
            Anchor::Middle => (left + right) / 2,
            Anchor::End => right,
        };
        chart
            .labels
            .push(label(x, BASE + 16, tick.text.clone(), tick.anchor));
    }
    chart
}

/// One bar a row across a 0 to 100% scale, each under its name, with its
/// value on the right.
pub(super) fn rows(id: &'static str, title: String, rows: &[(String, u32)]) -> Chart {
    let left = 4;
    let right = WIDTH - ROW_VALUE;
    let bottom = ROW * i32::try_from(rows.len()).unwrap_or(0) + 4;
    let mut chart = Chart {
        id,
        title,
        height: bottom + 18,
        bars: Vec::new(),
        lines: Vec::new(),
        labels: Vec::new(),
        table: Table::default(),
    };
    for percent in [50, 100] {
        let x = left + scaled(percent, 100, right - left);
        chart.lines.push(line(x, 0, x, bottom, LineKind::Grid));
    }
    chart
        .lines
        .push(line(left, 0, left, bottom, LineKind::Axis));
    for percent in [0, 50, 100] {
        let x = left + scaled(percent, 100, right - left);
        let anchor = if percent == 0 {
            Anchor::Start
        } else {
            Anchor::Middle
        };
        chart
            .labels
            .push(label(x, bottom + 14, format!("{percent}%"), anchor));
    }
    for (i, (name, percent)) in (0..).zip(rows) {
        let top = i * ROW;
        chart
            .labels
            .push(label(left + 4, top + 16, name.clone(), Anchor::Start));
        chart.bars.push(Bar {
            x: left,
            y: top + 21,
            width: scaled(*percent, 100, right - left),
            height: 10,
            value: *percent,
            current: false,
        });
        chart.labels.push(label(
            WIDTH - 4,
            top + 31,
            format!("{percent}%"),
            Anchor::End,
        ));
    }
    chart
}

fn line(x1: i32, y1: i32, x2: i32, y2: i32, kind: LineKind) -> Line {
    Line {
        x1,
        y1,
        x2,
        y2,
        kind,
    }
}

fn label(x: i32, y: i32, text: String, anchor: Anchor) -> Label {
    Label {
        x,
        y,
        text,
        anchor,
        pass: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_scales_end_on_a_round_number_in_at_most_four_steps() {
        let tops = |max| {
            let s = Scale::count(max);
            (s.top, s.ticks.iter().map(|(v, _)| *v).collect::<Vec<_>>())
        };
        assert_eq!(tops(0), (1, vec![0, 1]));
        assert_eq!(tops(1), (1, vec![0, 1]));
        assert_eq!(tops(3), (3, vec![0, 1, 2, 3]));
        assert_eq!(tops(5), (6, vec![0, 2, 4, 6]));
        assert_eq!(tops(12), (15, vec![0, 5, 10, 15]));
        assert_eq!(tops(40), (40, vec![0, 10, 20, 30, 40]));
        assert_eq!(tops(41), (60, vec![0, 20, 40, 60]));
        assert_eq!(tops(650), (800, vec![0, 200, 400, 600, 800]));
    }

    #[test]
    fn values_scale_to_the_nearest_unit_and_never_past_the_top() {
        assert_eq!(scaled(72, 100, 140), 101);
        assert_eq!(scaled(1, 3, 140), 47);
        assert_eq!(scaled(5, 3, 140), 140);
        assert_eq!(scaled(0, 0, 140), 0);
    }
}
