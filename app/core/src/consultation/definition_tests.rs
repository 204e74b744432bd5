use super::*;
use serde_json::json;

const KNOWN: &[&str] = &["en", "ar", "es"];

fn definition() -> serde_json::Value {
    json!({
        "id": "food-2027",
        "opens_on": "2026-12-01",
        "closes_on": "2026-12-31",
        "locales": ["en", "ar"],
        "questions": [
            {"key": "food", "kind": "scale", "icon": "🍲", "options": [
                {"key": "1", "icon": "😞"}, {"key": "2", "icon": "😐"}, {"key": "3", "icon": "😀"}
            ]}
        ],
        "texts": {
            "en": {"title": "Food", "purpose": "To change the menu", "audience": "The director",
                   "q-food": "How is the food?", "q-food-1": "Bad", "q-food-2": "OK", "q-food-3": "Good"},
            "ar": {"title": "الطعام", "purpose": "لتغيير القائمة", "audience": "المدير",
                   "q-food": "كيف الطعام؟", "q-food-1": "سيئ", "q-food-2": "مقبول", "q-food-3": "جيد"}
        }
    })
}

fn check(value: serde_json::Value) -> Result<(), DefinitionError> {
    serde_json::from_value::<Definition>(value)
        .unwrap()
        .check(KNOWN)
}

#[test]
fn a_whole_definition_is_accepted() {
    assert_eq!(check(definition()), Ok(()));
}

#[test]
fn a_text_missing_in_an_offered_language_is_refused_unless_a_fallback_has_it() {
    let mut d = definition();
    d["texts"]["ar"].as_object_mut().unwrap().remove("q-food-2");
    assert_eq!(
        check(d.clone()),
        Err(DefinitionError::MissingText("ar".into(), "q-food-2".into()))
    );
    d["fallback"] = json!("en");
    assert_eq!(check(d), Ok(()));
}

#[test]
fn k_below_five_free_text_with_options_and_bad_keys_are_refused() {
    let mut d = definition();
    d["min_group"] = json!(4);
    assert_eq!(check(d), Err(DefinitionError::MinGroupTooLow(4)));
    let mut d = definition();
    d["questions"][0]["kind"] = json!("free_text");
    assert_eq!(
        check(d),
        Err(DefinitionError::FreeTextOptions("food".into()))
    );
    let mut d = definition();
    d["questions"][0]["options"][0]["key"] = json!("skip");
    assert_eq!(check(d), Err(DefinitionError::BadKey("skip".into())));
    let mut d = definition();
    d["locales"] = json!(["en", "xx"]);
    assert_eq!(check(d), Err(DefinitionError::UnknownLocale("xx".into())));
    let mut d = definition();
    d["closes_on"] = json!("2026-11-30");
    assert_eq!(check(d), Err(DefinitionError::ClosesBeforeOpening));
    let mut d = definition();
    d["texts"]["en"]["q-other"] = json!("?");
    assert_eq!(
        check(d),
        Err(DefinitionError::UnknownText("en".into(), "q-other".into()))
    );
    let mut d = definition();
    d["questions"][0]["icon"] = json!("<script>");
    assert_eq!(check(d), Err(DefinitionError::BadIcon("food".into())));
}

#[test]
fn a_free_text_question_has_no_options_and_needs_only_its_own_text() {
    let mut d = definition();
    d["questions"]
        .as_array_mut()
        .unwrap()
        .push(json!({"key": "say", "kind": "free_text", "icon": "✏️"}));
    assert_eq!(
        check(d.clone()),
        Err(DefinitionError::MissingText("en".into(), "q-say".into()))
    );
    d["texts"]["en"]["q-say"] = json!("Anything else?");
    d["texts"]["ar"]["q-say"] = json!("شيء آخر؟");
    assert_eq!(check(d), Ok(()));
}
