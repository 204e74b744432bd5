//! The unlocked identity, in this page's memory only: never in localStorage, IndexedDB, a cookie
//! or a request. `forget` drops it (x25519-dalek zeroes the secret on drop); so does leaving the page.

use age::x25519::Identity;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static IDENTITY: RefCell<Option<Rc<Identity>>> = const { RefCell::new(None) };
}

pub fn keep(identity: Identity) {
    IDENTITY.with(|slot| *slot.borrow_mut() = Some(Rc::new(identity)));
}

pub fn current() -> Option<Rc<Identity>> {
    IDENTITY.with(|slot| slot.borrow().clone())
}

pub fn forget() {
    IDENTITY.with(|slot| *slot.borrow_mut() = None);
}
