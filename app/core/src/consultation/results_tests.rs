use super::*;
use proptest::prelude::*;

/// One child's answer: place, language, age band, and the options chosen.
#[derive(Clone, Debug)]
struct Answer {
    place: usize,
    language: usize,
    age: usize,
    chosen: Vec<usize>,
}

const PLACES: usize = 6;

fn region_of(place: usize) -> String {
    format!("r{}", place % 3)
}

fn counts_of(answers: &[Answer], options: usize, one_each: bool) -> QuestionCounts {
    let names: Vec<String> = (0..options).map(|o| format!("o{o}")).collect();
    let mut by: BTreeMap<Dimension, BTreeMap<String, Counts>> = BTreeMap::new();
    for a in answers {
        for (dimension, group) in [
            (Dimension::Place, format!("p{}", a.place)),
            (Dimension::Language, format!("l{}", a.language)),
            (Dimension::AgeBand, format!("a{}", a.age)),
        ] {
            let counts = by.entry(dimension).or_default().entry(group).or_default();
            counts.respondents += 1;
            for &o in &a.chosen {
                *counts.options.entry(names[o].clone()).or_default() += 1;
            }
        }
    }
    QuestionCounts {
        options: names,
        one_each,
        by,
        regions: (0..PLACES)
            .map(|p| (format!("p{p}"), region_of(p)))
            .collect(),
    }
}

fn answers(one_each: bool, options: usize) -> impl Strategy<Value = Vec<Answer>> {
    let chosen = if one_each {
        (0..options).prop_map(|o| vec![o]).boxed()
    } else {
        proptest::sample::subsequence((0..options).collect::<Vec<_>>(), 1..=options).boxed()
    };
    // Skewed places and languages, so that small groups are common.
    let place = prop_oneof![4 => 0..2usize, 1 => 0..PLACES];
    let language = prop_oneof![5 => Just(0usize), 1 => 0..3usize];
    proptest::collection::vec(
        (place, language, 0..4usize, chosen).prop_map(|(place, language, age, chosen)| Answer {
            place,
            language,
            age,
            chosen,
        }),
        0..160,
    )
}

fn world() -> impl Strategy<Value = (bool, usize, Vec<Answer>, MinGroup)> {
    (
        any::<bool>(),
        2..6usize,
        prop_oneof![Just(5u32), Just(10u32)],
    )
        .prop_flat_map(|(one_each, options, k)| {
            (
                Just(one_each),
                Just(options),
                answers(one_each, options),
                Just(MinGroup::new(k).unwrap()),
            )
        })
}

/// The lowest and highest a joint count (in group `a` of one breakdown and `b` of another) can
/// be, from the two published counts and the total: what combining two views can pin down.
fn joint_bounds(a: u64, b: u64, total: u64) -> (u64, u64) {
    ((a + b).saturating_sub(total), a.min(b))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn no_published_view_alone_or_beside_another_pins_a_count_below_k(
        (one_each, options, answers, k) in world()
    ) {
        let question = counts_of(&answers, options, one_each);
        let total = question.total();
        let published = publish(&question, k);
        let Published::Shown { respondents, options: shown, breakdowns } = published else {
            prop_assert!(total.respondents < k.get());
            return Ok(());
        };
        prop_assert!(respondents >= k.get());
        prop_assert_eq!(respondents, answers.len() as u64);
        // The whole result: what is shown is 0 or ≥ k, and hidden counts cannot be subtracted out.
        let mut hidden = Vec::new();
        for (option, count) in &shown {
            match count {
                Shown::Count(c) => {
                    prop_assert!(*c == 0 || *c >= k.get());
                    prop_assert_eq!(*c, total.count(option));
                }
                Shown::Hidden => hidden.push(total.count(option)),
            }
        }
        if one_each && !hidden.is_empty() {
            prop_assert!(hidden.len() >= 2, "a lone hidden count is total minus the rest");
            prop_assert!(hidden.iter().sum::<u64>() >= k.get());
        }
        // A shown breakdown would sum to the total's counts: then none of them may be hidden.
        if !breakdowns.is_empty() {
            prop_assert!(hidden.is_empty());
        }
        for b in &breakdowns {
            let mut sum = Counts::default();
            for counts in b.groups.values() {
                prop_assert!(counts.respondents >= k.get());
                for option in &question.options {
                    let c = counts.count(option);
                    prop_assert!(c == 0 || c >= k.get());
                }
                sum.add(counts);
            }
            // Shown whole: nothing left over to subtract.
            prop_assert_eq!(sum.respondents, total.respondents);
            for option in &question.options {
                prop_assert_eq!(sum.count(option), total.count(option));
            }
        }
        // Two breakdowns side by side: no joint count is pinned to a value between 0 and k.
        for (i, x) in breakdowns.iter().enumerate() {
            for y in &breakdowns[i + 1..] {
                for a in x.groups.values() {
                    for b in y.groups.values() {
                        let mut pairs = vec![(a.respondents, b.respondents, total.respondents)];
                        for option in &question.options {
                            pairs.push((a.count(option), b.count(option), total.count(option)));
                        }
                        for (ca, cb, n) in pairs {
                            let (low, high) = joint_bounds(ca, cb, n);
                            prop_assert!(low != high || low == 0 || low >= k.get());
                        }
                    }
                }
            }
        }
    }
}

fn simple(groups: &[(&str, &[(&str, u64)])], dimension: Dimension) -> QuestionCounts {
    let mut by = BTreeMap::new();
    let mut language = Counts::default();
    let mut inner = BTreeMap::new();
    for (group, options) in groups {
        let counts = Counts {
            respondents: options.iter().map(|(_, c)| c).sum(),
            options: options.iter().map(|(o, c)| (o.to_string(), *c)).collect(),
        };
        language.add(&counts);
        inner.insert(group.to_string(), counts);
    }
    by.insert(dimension, inner);
    if dimension != Dimension::Language {
        by.insert(
            Dimension::Language,
            BTreeMap::from([("en".to_string(), language)]),
        );
    }
    QuestionCounts {
        options: vec!["yes".into(), "no".into(), "skip".into()],
        one_each: true,
        by,
        regions: BTreeMap::from([
            ("north-1".into(), "north".into()),
            ("north-2".into(), "north".into()),
            ("south-1".into(), "south".into()),
        ]),
    }
}

#[test]
fn places_too_small_are_shown_as_their_region() {
    let question = simple(
        &[
            ("north-1", &[("yes", 6), ("no", 10)]),
            ("north-2", &[("yes", 5), ("no", 0)]),
            ("south-1", &[("yes", 20), ("no", 10)]),
        ],
        Dimension::Place,
    );
    let Published::Shown { breakdowns, .. } = publish(&question, MinGroup::default()) else {
        panic!("51 answers are enough");
    };
    assert_eq!(breakdowns.len(), 1);
    assert_eq!(breakdowns[0].level, Level::Region);
    assert_eq!(breakdowns[0].groups["north"].count("yes"), 11);
}

#[test]
fn a_small_group_is_never_shown_and_k_is_never_below_five() {
    let question = simple(&[("north-1", &[("yes", 5), ("no", 4)])], Dimension::Place);
    assert_eq!(publish(&question, MinGroup::default()), Published::TooFew);
    assert_eq!(MinGroup::new(4), None);
    assert_eq!(MinGroup::new(5).map(MinGroup::get), Some(5));
    let question = simple(&[("north-1", &[("yes", 12), ("no", 3)])], Dimension::Place);
    let Published::Shown { options, .. } = publish(&question, MinGroup::default()) else {
        panic!("15 answers are enough");
    };
    // "no" is 3; "yes" is hidden beside it, or "no" would be 15 − 12.
    assert_eq!(options[0], ("yes".into(), Shown::Hidden));
    assert_eq!(options[1], ("no".into(), Shown::Hidden));
    assert_eq!(options[2], ("skip".into(), Shown::Count(0)));
}
