//! Session cookies, one per listener, with different names. The child site's sessions live in
//! memory only (they hold nothing but a language choice, and a child's visit must leave no trace
//! on disk); the console's live in the database so they survive restarts and, later, are shared
//! by several processes.

use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, MemoryStore, SessionManagerLayer, SessionStore};
use tower_sessions_sqlx_store::SqliteStore;

#[derive(Clone)]
pub struct SessionConfig {
    child_store: MemoryStore,
    console_store: SqliteStore,
    /// True when the site is served over TLS: cookies get `Secure` and the `__Host-` prefix.
    child_secure: bool,
    console_secure: bool,
}

pub const CHILD_COOKIE: &str = "heard-child";
pub const CONSOLE_COOKIE: &str = "heard-console";

impl SessionConfig {
    pub fn new(console_store: SqliteStore, child_secure: bool, console_secure: bool) -> Self {
        Self {
            child_store: MemoryStore::default(),
            console_store,
            child_secure,
            console_secure,
        }
    }

    pub fn child_layer(&self) -> SessionManagerLayer<MemoryStore> {
        layer(self.child_store.clone(), CHILD_COOKIE, self.child_secure)
    }

    pub fn console_layer(&self) -> SessionManagerLayer<SqliteStore> {
        layer(
            self.console_store.clone(),
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
