-- Written answers to a consultation's free-text questions: age ciphertext only, sealed to the
-- consultation's readers (its leads' keys) in the child's browser or, without JavaScript, on the
-- server in memory. Keyed by a random id in a WITHOUT ROWID table, so rows sit in random order;
-- beside each answer only the question and the day it arrived, so two answers of one child are
-- no more linked than any two answers of that day.
CREATE TABLE consultation_written (
    public_id TEXT PRIMARY KEY,
    question_id INTEGER NOT NULL REFERENCES consultation_questions (id) ON DELETE CASCADE,
    sealed BLOB NOT NULL,
    received_on TEXT NOT NULL
) WITHOUT ROWID;

-- The keys each written answer was sealed to (who can open it).
CREATE TABLE consultation_written_readers (
    public_id TEXT NOT NULL REFERENCES consultation_written (public_id) ON DELETE CASCADE,
    recipient TEXT NOT NULL,
    PRIMARY KEY (public_id, recipient)
) WITHOUT ROWID;

-- Quotes a lead has read, checked and chosen to publish: the only words of a child that may
-- leave the console, and only in the wording the lead approved (they may shorten or anonymise).
-- Shown beside the question's results once it has closed, never before.
CREATE TABLE consultation_quotes (
    id INTEGER PRIMARY KEY,
    question_id INTEGER NOT NULL REFERENCES consultation_questions (id) ON DELETE CASCADE,
    quote TEXT NOT NULL CHECK (length(quote) BETWEEN 1 AND 600),
    approved_by INTEGER NOT NULL REFERENCES accounts (id),
    approved_on TEXT NOT NULL
);
