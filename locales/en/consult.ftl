# Consultations on the child site: questions adults ask children about decisions that affect
# them. Rendered on the server only (never in the child's bundle). Warm, plain, short.

consult-list-title = Questions for you
consult-list-intro = People who make decisions about your life want to know what you think. Taking part is your choice.
consult-list-none = There are no questions for you right now.
# Headings of the first screen.
consult-start-audience = Who is asking, and who will get the results
consult-start-why = What it is for
consult-start-voluntary = You choose whether to take part. You can stop at any time, and on every question you can say "I don't want to answer".
# $k (number): the smallest group of children whose answers are ever shown.
consult-start-privacy = Nobody sees your answers one by one, not even the people who asked. Heard keeps only how many children chose each answer, and never shows a group of fewer than { $k } children.
consult-start-place = Where do you live? You don't have to say.
consult-start-age = How old are you? You don't have to say.
consult-place-none = I'd rather not say
consult-age-up_to_11 = 11 or younger
consult-age-12_to_14 = 12 to 14
consult-age-15_to_17 = 15 to 17
consult-age-not_said = I'd rather not say
consult-start-button = Start
# $n (number): this question's number; $total (number): how many questions there are.
consult-question-progress = Question { $n } of { $total }
consult-next = Next
consult-skip = I don't want to answer
consult-multiple-hint = You can choose more than one.
consult-rank-hint = Put the answers in order: 1 is the most important to you.
consult-choose-one = Choose an answer, or press "I don't want to answer".
consult-rank-each = Give each answer its own number, or press "I don't want to answer".
consult-thanks-title = Thank you
# $day (text): the day the consultation closes, as YYYY-MM-DD.
consult-thanks-text = Your answers were counted. The results will be shown after { $day }.
consult-thanks-back = Back to the questions
consult-done-before = You have already answered these questions on this device. Thank you.
consult-closed = These questions are closed now.
consult-results-intro = What children said. The results go to:
# $count (number): how many children answered the question.
consult-results-answered = { $count ->
    [one] One child answered.
   *[other] { $count } children answered.
}
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-too-few = Fewer than { $k } children answered this question, so the answers are not shown.
# $k (number): the smallest group of children whose answers are ever shown.
consult-results-hidden = hidden (to protect groups of fewer than { $k })
consult-results-option = Answer
consult-results-count = Children
consult-results-group = Group
consult-results-by-place = By place
consult-results-by-region = By region
consult-results-by-language = By language
consult-results-by-age_band = By age
consult-results-none-said = Not said
consult-list-closed = What came of earlier questions
consult-results-title = What children said
consult-actions-title = You said, we did
consult-actions-none = What was decided will be shown here.
consult-action-planned = Planned:
consult-action-in_progress = Happening now:
consult-action-done = Done:
consult-action-not_done = Not done:
consult-action-why = Why:
consult-action-answers = About the question:
# A free-text question.
consult-written-label = Write your answer here, in any language you like.
consult-written-who-reads = What you write is locked before it is stored. Only the people who run these questions can unlock it. Your words are only shown to others if one of them has read them and chosen them, without your name. If something bad happened to you, you can also tell us on the front page.
consult-written-unavailable = Writing an answer is not possible right now. Press "I don't want to answer" to go on.
consult-written-empty = Write something, or press "I don't want to answer".
consult-written-long = That is too long. Please make it shorter.
consult-results-written = Wrote an answer
consult-results-quotes = Some of what children wrote, chosen and checked by a person:
# On the start page, beside a closed consultation. $count (number): decisions made; $done (number): of them, done.
consult-news-decided = { $count ->
    [one] One decision
   *[other] { $count } decisions
}, { $done } done
# Coming back with the picture code (/back): the consultations the code follows.
consult-back-heading = Questions you answered
consult-back-follow = Remember the questions I answered today
consult-back-follow-hint = Then, each time you come back with your pictures, you will see here what came of them. Only someone with your pictures can see this list. Your answers are not kept with it.
# On the thanks screen: a child who has a picture code may have it remember these questions.
consult-thanks-follow = Do you have secret pictures from a message you sent? When you come back with them, you can ask them to remember these questions, and see there what came of them.
consult-thanks-follow-link = Come back with my pictures
