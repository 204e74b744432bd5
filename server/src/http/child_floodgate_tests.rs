//! The flood window's counting, without a server.

use super::*;

fn gate(sends: usize, urgent: usize) -> Floodgate {
    let limits = FloodLimits {
        sends_per_window: sends,
        urgent_per_window: urgent,
        storage_budget_bytes: u64::MAX,
        consultation_starts_per_window: 2,
    };
    Floodgate::new(limits, std::env::temp_dir())
}

#[test]
fn the_proof_hardens_as_the_window_fills() {
    assert_eq!(bits_for(0, 60), 16);
    assert_eq!(bits_for(9, 60), 16);
    assert_eq!(bits_for(30, 60), 19);
    assert_eq!(bits_for(59, 60), 21);
    assert_eq!(bits_for(1000, 60), 21, "never beyond the cap");
}

#[test]
fn the_ceiling_holds_urgent_sends_pass_and_unkept_places_come_back() {
    let gate = gate(3, 1);
    for _ in 0..3 {
        gate.admit(false).unwrap().keep();
    }
    assert!(matches!(gate.admit(false), Err(IntakeError::Busy)));
    let urgent = gate.admit(true).unwrap();
    assert_eq!(urgent.admitted, Admitted::Urgent);
    urgent.keep();
    let second = gate.admit(true).unwrap();
    assert_eq!(second.admitted, Admitted::PossibleFlood);
    drop(second);
    let gate = self::gate(1, 1);
    drop(gate.admit(false).unwrap());
    assert!(
        gate.admit(false).is_ok(),
        "a send not stored gives its place back"
    );
}

#[test]
fn consultation_starts_have_their_own_ceiling() {
    let gate = gate(1, 1);
    assert!(gate.admit_consultation().is_ok());
    assert!(gate.admit_consultation().is_ok());
    assert!(matches!(gate.admit_consultation(), Err(IntakeError::Busy)));
    // A message is not held back by them.
    gate.admit(false)
        .expect("a send still has its place")
        .keep();
}

#[test]
fn what_the_fleets_other_servers_let_in_counts_towards_the_limits() {
    let g = gate(5, 2);
    g.hear_others(WindowCounts {
        sends: 3,
        urgent: 2,
        consultation_starts: 0,
    });
    let kept: Vec<Ticket> = (0..2).map(|_| g.admit(false).unwrap()).collect();
    assert!(matches!(g.admit(false), Err(IntakeError::Busy)));
    assert_eq!(
        g.admit(true).unwrap().admitted,
        Admitted::PossibleFlood,
        "the others filled the urgent rate"
    );
    assert!(
        g.proof_bits() > PROOF_BITS,
        "the others' sends raise the proof"
    );
    assert_eq!(g.counts().sends, 2, "a server reports only its own");
    drop(kept);
}
