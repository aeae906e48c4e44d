//! The charts as a student sees them: captions, bars and tables that agree.

use super::*;
use crate::Progress;
use crate::bundle::Page;
use crate::quiz::exam::ExamRecord;
use crate::quiz::{Answer, Body, Choice, Difficulty, Question};
use crate::schedule::Confidence;

const NOW: i64 = 1_780_000_000_000;
const HOUR: i64 = 3_600_000;
const DAY: i64 = 24 * HOUR;

fn exam(correct: u32, total: u32) -> ExamRecord {
    ExamRecord {
        started_at: NOW - DAY,
        finished_at: NOW - DAY + HOUR,
        seed: u64::from(correct),
        questions: Vec::new(),
        answers: Vec::new(),
        flagged: Vec::new(),
        correct,
        total,
    }
}

fn answered(p: &mut Progress, id: &str, correct: bool, at: i64) {
    p.record_answer(id, Answer::Choices(vec![0]), correct, None, at);
}

fn chart(figure: Figure) -> Chart {
    match figure {
        Figure::Chart(chart) => chart,
        Figure::Empty(why) => panic!("no chart: {why}"),
    }
}

fn rows(chart: &Chart) -> Vec<Vec<&str>> {
    chart
        .table
        .rows
        .iter()
        .map(|r| r.cells.iter().map(String::as_str).collect())
        .collect()
}

fn texts(chart: &Chart) -> Vec<&str> {
    chart.labels.iter().map(|l| l.text.as_str()).collect()
}

/// Each bar's (value, height): heights measure values on one scale.
fn bars(chart: &Chart) -> Vec<(u32, i32)> {
    chart.bars.iter().map(|b| (b.value, b.height)).collect()
}

#[test]
fn before_anything_is_done_each_chart_is_a_sentence() {
    let p = Progress::default();
    let empty = |f: Figure| match f {
        Figure::Empty(why) => why,
        Figure::Chart(c) => panic!("a chart with nothing to show: {}", c.title),
    };
    assert_eq!(
        empty(exam_scores(&[], None)),
        "No exams yet: take one to see your scores against the pass line."
    );
    assert_eq!(
        empty(mastery_by_topic(&p, &[])),
        "Answer a few questions to see your mastery of each topic as a chart."
    );
    assert!(empty(coming_due(&p, NOW)).starts_with("Nothing is scheduled yet"));
    assert_eq!(
        empty(accuracy_over_time(&p, NOW)),
        "No answers yet: practise to see how often you are right over time."
    );
}

#[test]
fn exam_scores_stand_against_the_pass_line_with_the_exam_of_the_page_highlighted() {
    let exams = [exam(13, 25), exam(18, 25), exam(20, 25)];
    let c = chart(exam_scores(&exams, Some(1)));
    assert_eq!(
        c.title,
        "Exam scores against the 72% pass line: this exam, exam 2, scored 72%; 2 of 3 exams reached the line."
    );
    assert_eq!(
        rows(&c),
        [
            ["Exam 1", "52% (13 of 25)", "not yet a pass"],
            ["Exam 2 (this exam)", "72% (18 of 25)", "pass"],
            ["Exam 3", "80% (20 of 25)", "pass"],
        ]
    );
    // The plot is 140 units high for 0 to 100%, so 72% stands 101 units, level with the pass line.
    assert_eq!(bars(&c), [(52, 73), (72, 101), (80, 112)]);
    assert_eq!(
        c.bars.iter().map(|b| b.current).collect::<Vec<_>>(),
        [false, true, false]
    );
    let pass = c.lines.iter().find(|l| l.kind == LineKind::Pass).unwrap();
    assert_eq!(pass.y1, c.bars[1].y);
    assert_eq!(
        texts(&c),
        [
            "0%", "50%", "100%", "72%", "52%", "72%", "80%", "1", "2", "3"
        ],
        "scale, pass line, values over the bars, exam numbers"
    );
    assert!(
        c.labels
            .iter()
            .filter(|l| l.pass)
            .map(|l| &l.text)
            .eq(["72%"])
    );
    // Three bars share the plot: each at most 40 wide, centred in its third.
    assert_eq!(
        c.bars.iter().map(|b| (b.x, b.width)).collect::<Vec<_>>(),
        [(72, 40), (176, 40), (280, 40)]
    );
    assert!(c.bars.iter().all(|b| b.x + b.width <= WIDTH));

    let latest = chart(exam_scores(&exams, None));
    assert!(
        latest
            .title
            .starts_with("Exam scores against the 72% pass line: the latest, exam 3, scored 80%;")
    );
    assert!(latest.bars.iter().all(|b| !b.current));
}

#[test]
fn a_long_exam_history_shows_the_latest_twenty_or_those_up_to_the_exam_of_the_page() {
    let exams: Vec<ExamRecord> = (0..25).map(|i| exam(i, 25)).collect();
    let c = chart(exam_scores(&exams, None));
    assert_eq!(c.bars.len(), MAX_EXAMS);
    assert!(c.title.ends_with(" Shown: exams 6 to 25."), "{}", c.title);
    assert_eq!(rows(&c)[0][0], "Exam 6");
    // Numbered every other exam, back from the latest; values only where there is room.
    let numbers: Vec<&str> = texts(&c)
        .into_iter()
        .filter(|t| !t.ends_with('%'))
        .collect();
    assert_eq!(
        numbers,
        ["7", "9", "11", "13", "15", "17", "19", "21", "23", "25"]
    );

    let early = chart(exam_scores(&exams, Some(2)));
    assert_eq!(rows(&early)[0][0], "Exam 1");
    assert_eq!(rows(&early)[2][0], "Exam 3 (this exam)");
    assert!(early.title.ends_with(" Shown: exams 1 to 20."));
    // Even where the bars are narrow, the highlighted one says its score.
    assert_eq!(
        texts(&early).iter().filter(|t| t.ends_with('%')).count(),
        4 + 1
    );
}

#[test]
fn mastery_is_a_bar_per_topic_in_study_order_on_the_same_figures_as_its_table() {
    let page = |slug: &str, title: &str| Page {
        slug: slug.into(),
        title: title.into(),
        summary: String::new(),
        domain: 1,
        sources: Vec::new(),
        checked: String::new(),
        html: String::new(),
        headings: Vec::new(),
        words: 0,
        see_also: Vec::new(),
    };
    let question = |id: &str, topic: &str| Question {
        id: id.into(),
        topic: topic.into(),
        domain: 1,
        difficulty: Difficulty::Easy,
        scenario: String::new(),
        links: Vec::new(),
        body: Body::Single {
            options: vec![Choice {
                text: String::new(),
                correct: true,
                why: String::new(),
            }],
        },
    };
    let pages = [page("mfa", "Root MFA"), page("keys", "Access keys")];
    let bank = [
        question("mfa-1", "mfa"),
        question("mfa-2", "mfa"),
        question("mfa-3", "mfa"),
        question("keys-1", "keys"),
    ];
    let mut p = Progress::default();
    answered(&mut p, "mfa-1", true, NOW - HOUR);
    answered(&mut p, "mfa-2", false, NOW - HOUR);
    answered(&mut p, "mfa-2", true, NOW);
    answered(&mut p, "keys-1", false, NOW);
    let topics = topic_mastery(&p, &pages, &bank);
    assert_eq!(
        topics
            .iter()
            .map(|t| (t.title.as_str(), t.right, t.total, t.percent()))
            .collect::<Vec<_>>(),
        [("Root MFA", 2, 3, 66), ("Access keys", 0, 1, 0)]
    );
    let c = chart(mastery_by_topic(&p, &topics));
    assert_eq!(
        c.title,
        "Mastery by topic: 2 of 4 questions last answered right (50%)."
    );
    // Bars run across 312 units for 100%.
    assert_eq!(
        c.bars
            .iter()
            .map(|b| (b.value, b.width))
            .collect::<Vec<_>>(),
        [(66, 206), (0, 0)]
    );
    assert_eq!(
        texts(&c),
        ["0%", "50%", "100%", "Root MFA", "66%", "Access keys", "0%"]
    );
    assert!(
        c.table.rows.is_empty(),
        "the page's mastery table has the figures"
    );
    assert_eq!(c.height, 2 * 34 + 4 + 18);
}

#[test]
fn coming_due_counts_by_the_forecast_rule_for_now_and_each_of_fourteen_days() {
    let mut p = Progress::default();
    // A wrong answer comes back within minutes; right ones the student was sure of, in days.
    answered(&mut p, "a", false, NOW - 2 * HOUR);
    for (id, at) in [("b", NOW - HOUR), ("c", NOW - HOUR), ("d", NOW - 3 * DAY)] {
        p.record_answer(
            id,
            Answer::Choices(vec![0]),
            true,
            Some(Confidence::Sure),
            at,
        );
    }
    let forecast = crate::study::forecast(&p, NOW, 14);
    let c = chart(coming_due(&p, NOW));
    let values: Vec<usize> = c.bars.iter().map(|b| b.value as usize).collect();
    assert_eq!(
        values, forecast,
        "the same rule as every other count of what is due"
    );
    assert_eq!(forecast[0], 1);
    // "b" and "c" come back after the 14 days, "d" within them.
    assert_eq!(forecast.iter().sum::<usize>(), 2, "{forecast:?}");
    assert_eq!(
        c.title,
        "Questions coming due over the next 14 days: 1 due now, 2 in all."
    );
    assert_eq!(c.table.summary, "Coming due as a table");
    assert_eq!(rows(&c)[0], ["Due now", "1"]);
    assert_eq!(rows(&c)[1][0], "In the next 24 hours");
    assert_eq!(rows(&c)[14][0], "In 14 days");
    for (bar, row) in c.bars.iter().zip(&c.table.rows) {
        assert_eq!(bar.value.to_string(), row.cells[1]);
        // On a count scale to the tallest bar, rounded to the nearest unit.
        let top = u32::try_from(*forecast.iter().max().unwrap()).unwrap();
        assert_eq!(
            bar.height,
            i32::try_from((bar.value * 140 + top / 2) / top).unwrap()
        );
    }
    assert!(texts(&c).ends_with(&["now", "7 days", "14 days"]));
    // Counts over the bars that have any.
    let counts: Vec<&str> = texts(&c)
        .into_iter()
        .filter(|t| t.parse::<u32>().is_ok_and(|n| n > 0))
        .collect();
    assert!(counts.len() >= forecast.iter().filter(|n| **n > 0).count());
}

#[test]
fn accuracy_is_the_share_right_per_day_back_from_now_with_gaps_where_nothing_was_answered() {
    let mut p = Progress::default();
    answered(&mut p, "a", true, NOW - 3 * DAY - HOUR);
    answered(&mut p, "b", false, NOW - 3 * DAY - 2 * HOUR);
    answered(&mut p, "a", true, NOW - HOUR);
    answered(&mut p, "c", true, NOW - 2 * HOUR);
    answered(&mut p, "d", false, NOW - 3 * HOUR);
    let c = chart(accuracy_over_time(&p, NOW));
    assert_eq!(
        c.title,
        "Share of answers right per day over the last 7 days: 3 of 5 (60%)."
    );
    assert_eq!(
        rows(&c),
        [
            ["3 days ago", "1 of 2", "50%"],
            ["Last 24 hours", "2 of 3", "66%"]
        ]
    );
    assert_eq!(bars(&c), [(50, 70), (66, 92)]);
    // Seven days across: the bars stand in the fourth and the seventh.
    let slot = (WIDTH - 8 - 40) / 7;
    assert_eq!(c.bars[0].x / slot, (40 + 3 * slot + slot / 2) / slot);
    assert!(texts(&c).ends_with(&["6 days ago", "now"]));

    // Ten days in, the chart spans 14 days.
    answered(&mut p, "e", true, NOW - 10 * DAY);
    assert!(
        chart(accuracy_over_time(&p, NOW))
            .title
            .starts_with("Share of answers right per day over the last 14 days: 4 of 6")
    );
}

#[test]
fn after_two_weeks_accuracy_goes_by_week_for_up_to_twelve() {
    let mut p = Progress::default();
    answered(&mut p, "a", false, NOW - 20 * DAY);
    answered(&mut p, "a", true, NOW - DAY);
    let c = chart(accuracy_over_time(&p, NOW));
    assert_eq!(
        c.title,
        "Share of answers right per week over the last 3 weeks: 1 of 2 (50%)."
    );
    assert_eq!(
        rows(&c),
        [
            ["2 weeks ago", "0 of 1", "0%"],
            ["Last 7 days", "1 of 1", "100%"]
        ]
    );
    assert!(texts(&c).ends_with(&["2 weeks ago", "now"]));

    answered(&mut p, "b", true, NOW - 200 * DAY);
    let c = chart(accuracy_over_time(&p, NOW));
    assert!(
        c.title
            .starts_with("Share of answers right per week over the last 12 weeks: 1 of 2 (50%)."),
        "{}",
        c.title
    );

    let mut old = Progress::default();
    answered(&mut old, "a", true, NOW - 200 * DAY);
    assert_eq!(
        accuracy_over_time(&old, NOW),
        Figure::Empty(
            "No answers in the last 12 weeks: practise to see how often you are right over time."
                .into()
        )
    );
}
