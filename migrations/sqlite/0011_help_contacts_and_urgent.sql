-- Help contacts for the region this instance serves (a hotline, a child protection service, the
-- emergency number), shown at once to a child who says "I am not safe". `phone` is what a tap
-- dials (digits, perhaps a leading +); `position` orders them as the admin added them.
CREATE TABLE help_contacts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    phone TEXT NOT NULL,
    added_on TEXT NOT NULL
);

-- A contact's label in each enabled language (e.g. "Child helpline, free, day and night").
CREATE TABLE help_contact_labels (
    contact_id INTEGER NOT NULL REFERENCES help_contacts (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (contact_id, lang)
);
