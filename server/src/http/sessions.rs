//! Session cookies, one per listener, with different names. The child site's sessions live in
//! memory only on one server (they hold nothing but a language choice and abuse counters, and a
//! child's visit must leave no trace on disk), in a bounded store where each expires on its own
//! (`tower-sessions-moka-store`): a stranger's flood of cookieless requests can hold at most
//! [`CHILD_SESSIONS_MAX`] of them, and the oldest make way (a child whose challenge was evicted is
//! asked to press Send again; nothing is lost). Several servers on PostgreSQL share them in an
//! unlogged table, bounded the same way (`session_stores`). The console's live in the database
//! so they survive restarts and are shared by several servers. A session is written only when
//! something is put into it: a plain page view creates none.

use super::{AnySessionStore, SessionStores};
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer, SessionStore};

/// At most this many child sessions are held (each is a few hundred bytes).
pub const CHILD_SESSIONS_MAX: u64 = 50_000;

#[derive(Clone)]
pub struct SessionConfig {
    stores: SessionStores,
    /// True when the site is served over TLS: cookies get `Secure` and the `__Host-` prefix.
    child_secure: bool,
    console_secure: bool,
}

pub const CHILD_COOKIE: &str = "heard-child";
pub const CONSOLE_COOKIE: &str = "heard-console";

impl SessionConfig {
    pub fn new(stores: SessionStores, child_secure: bool, console_secure: bool) -> Self {
        Self {
            stores,
            child_secure,
            console_secure,
        }
    }

    pub fn child_layer(&self) -> SessionManagerLayer<AnySessionStore> {
        layer(self.stores.child.clone(), CHILD_COOKIE, self.child_secure)
    }

    pub fn console_layer(&self) -> SessionManagerLayer<AnySessionStore> {
        layer(
            self.stores.console.clone(),
            CONSOLE_COOKIE,
            self.console_secure,
        )
    }
}

/// HttpOnly, SameSite=Strict, path `/`, 30 minutes of inactivity; `Secure` and `__Host-` over TLS.
fn layer<S: SessionStore>(store: S, name: &str, secure: bool) -> SessionManagerLayer<S> {
    SessionManagerLayer::new(store)
        .with_name(cookie_name(name, secure))
        .with_secure(secure)
        .with_http_only(true)
        .with_same_site(SameSite::Strict)
        .with_path("/")
        .with_expiry(Expiry::OnInactivity(time::Duration::minutes(30)))
}

fn cookie_name(base: &str, secure: bool) -> String {
    if secure {
        format!("__Host-{base}")
    } else {
        base.to_owned()
    }
}
