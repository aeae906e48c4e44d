//! A practice session as the student steps through it: the answer being
//! given, how sure they are, checking it (graded here), moving on, ending.

use super::SessionAnswer;
use crate::quiz::{Answer, Question, blank_answer, grade_answer, pick_by_number};
use crate::schedule::Confidence;

/// One session over a fixed queue of questions.
#[derive(Debug, Clone, PartialEq)]
pub struct PracticeSession<'a> {
    queue: Vec<&'a Question>,
    seed: u64,
    index: usize,
    answer: Answer,
    confidence: Option<Confidence>,
    checked: bool,
    answers: Vec<SessionAnswer>,
    ended: bool,
}

/// A checked answer, graded, for the progress to record.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked<'a> {
    /// The question answered.
    pub question: &'a Question,
    /// What the student answered.
    pub answer: Answer,
    /// Whether the answer was right.
    pub correct: bool,
    /// How sure the student said they were, if they said.
    pub confidence: Option<Confidence>,
}

impl<'a> PracticeSession<'a> {
    /// A session asking `queue` in order, from the first, with options in the order `seed` gives.
    pub fn new(queue: Vec<&'a Question>, seed: u64) -> Self {
        let answer = queue
            .first()
            .map_or(Answer::Choices(Vec::new()), |q| blank_answer(q, seed));
        PracticeSession {
            queue,
            seed,
            index: 0,
            answer,
            confidence: None,
            checked: false,
            answers: Vec::new(),
            ended: false,
        }
    }

    /// The question being asked; None once the session is over.
    pub fn current(&self) -> Option<&'a Question> {
        self.queue.get(self.index).copied().filter(|_| !self.ended)
    }

    /// "Question 3 of 10": the 1-based position and the queue's length.
    pub fn position(&self) -> (usize, usize) {
        (self.index + 1, self.queue.len())
    }

    /// Whether another question follows this one.
    pub fn has_next(&self) -> bool {
        self.index + 1 < self.queue.len()
    }

    /// The session's seed: options keep their shown order for the whole session.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The answer being given to the current question.
    pub fn answer(&self) -> &Answer {
        &self.answer
    }

    /// How sure the student says they are of the current answer, if they said.
    pub fn confidence(&self) -> Option<Confidence> {
        self.confidence
    }

    /// Whether the current answer has been checked: it is graded and can no longer change.
    pub fn is_checked(&self) -> bool {
        self.checked
    }

    /// The session is over: ended by the student or past its last question.
    pub fn is_over(&self) -> bool {
        self.ended
    }

    /// Every answer checked in this session, in order.
    pub fn answers(&self) -> &[SessionAnswer] {
        &self.answers
    }

    /// How many answers checked in this session were right.
    pub fn right(&self) -> usize {
        self.answers.iter().filter(|a| a.correct).count()
    }

    /// Whether the answer given so far can be checked.
    pub fn can_check(&self) -> bool {
        !self.checked && self.current().is_some_and(|q| q.is_answered(&self.answer))
    }

    /// Replaces the answer, until it is checked.
    pub fn set_answer(&mut self, answer: Answer) {
        if !self.checked {
            self.answer = answer;
        }
    }

    /// Number key `n` (1-based, in the order shown), until the answer is checked.
    pub fn press_number(&mut self, n: usize) {
        if let Some(q) = self.current().filter(|_| !self.checked)
            && let Some(answer) = pick_by_number(q, self.seed, &self.answer, n)
        {
            self.answer = answer;
        }
    }

    /// Sets how sure the student is; choosing the same again clears it.
    pub fn toggle_confidence(&mut self, confidence: Confidence) {
        if !self.checked {
            self.confidence = (self.confidence != Some(confidence)).then_some(confidence);
        }
    }

    /// Sets or clears how sure the student is, until the answer is checked.
    pub fn set_confidence(&mut self, confidence: Option<Confidence>) {
        if !self.checked {
            self.confidence = confidence;
        }
    }

    /// Grades the answer and keeps it for the recap; None when there is
    /// nothing to check (already checked, or not answered enough).
    pub fn check(&mut self) -> Option<Checked<'a>> {
        let question = self.current().filter(|_| self.can_check())?;
        let correct = grade_answer(question, &self.answer);
        self.checked = true;
        self.answers.push(SessionAnswer {
            id: question.id.clone(),
            correct,
            confidence: self.confidence,
        });
        Some(Checked {
            question,
            answer: self.answer.clone(),
            correct,
            confidence: self.confidence,
        })
    }

    /// The next question, or the end after the last one.
    pub fn next(&mut self) {
        self.index += 1;
        self.checked = false;
        self.confidence = None;
        match self.queue.get(self.index) {
            Some(q) => self.answer = blank_answer(q, self.seed),
            None => self.ended = true,
        }
    }

    /// Ends the session now: the recap follows.
    pub fn end(&mut self) {
        self.ended = true;
    }
}
