//! Builds and runs Heard: the store, the two listeners, the background tasks.

use crate::accounts::passkeys::Passkeys;
use crate::config::{is_tls, ServeArgs};
use crate::http::{
    child_router, console_router, operator_router, AppState, FloodLimits, Floodgate, FormKey,
    SessionConfig, SessionStores,
};
use crate::store::Store;
use anyhow::{bail, Context};
use app::site_files::SiteFiles;
use leptos::config::LeptosOptions;
use std::future::Future;
use std::net::SocketAddr;
use tokio::net::TcpListener;

/// A bound, not yet serving, instance. Binding first lets tests use port 0.
pub struct Heard {
    pub store: Store,
    pub child_url: String,
    pub console_url: String,
    child_listener: TcpListener,
    console_listener: TcpListener,
    operator_listener: TcpListener,
    child: axum::Router,
    console: axum::Router,
    operator: axum::Router,
    sessions: SessionStores,
    fallbacks: crate::languages::Fallbacks,
    floodgate: Floodgate,
    retention_days: u32,
}

impl Heard {
    pub async fn build(args: &ServeArgs) -> anyhow::Result<Self> {
        let addrs = [args.child_addr, args.console_addr, args.operator_addr];
        for (i, a) in addrs.iter().enumerate() {
            if a.port() != 0 && addrs[i + 1..].contains(a) {
                bail!("the child site, the console and the operator's listener must listen on different addresses");
            }
        }
        tokio::fs::create_dir_all(&args.data.data_dir)
            .await
            .with_context(|| format!("creating {}", args.data.data_dir.display()))?;
        let store = args.data.open_store().await?;
        if store.active_recipients().await?.is_empty() {
            bail!("no recipients are configured: run `heard recovery init` first");
        }
        let child_listener = bind(args.child_addr, "child site").await?;
        let console_listener = bind(args.console_addr, "console").await?;
        let operator_listener = bind(args.operator_addr, "operator's listener").await?;
        let child_url = args.child_url_or_default(child_listener.local_addr()?);
        let console_url = args.console_url_or_default(console_listener.local_addr()?);

        let files = SiteFiles::read(&args.site_root)?
            .publish()
            .map_err(|_| anyhow::anyhow!("another built site is already served by this process"))?;
        let leptos = LeptosOptions::builder()
            .output_name("heard")
            .site_root(args.site_root.to_string_lossy().into_owned())
            .site_pkg_dir(files.child_pkg_dir())
            .env(leptos::config::Env::PROD)
            .build();
        let sessions = SessionStores::connect(store.database()).await?;
        let session_config =
            SessionConfig::new(sessions.clone(), is_tls(&child_url), is_tls(&console_url));
        let fallbacks = crate::languages::Fallbacks::load(&store).await?;
        let floodgate = Floodgate::new(
            FloodLimits {
                sends_per_window: args.flood.send_limit as usize,
                urgent_per_window: args.flood.urgent_limit as usize,
                storage_budget_bytes: args.flood.storage_budget_mb * 1024 * 1024,
                consultation_starts_per_window: args.flood.consultation_limit as usize,
            },
            args.data.data_dir.clone(),
        )
        .measuring(&store);
        let state = AppState {
            store: store.clone(),
            leptos,
            console_session_max_secs: args.console_session_max_minutes * 60,
            ack_deadline_days: args.ack_deadline_days(),
            response_deadline_days: args.response_deadline_days,
            quick_exit_url: args.quick_exit_url.clone(),
            kiosk_timing: (args.kiosk_idle_seconds, args.kiosk_warning_seconds),
            code_salt: store.return_code_salt().await?,
            fallbacks: fallbacks.clone(),
            pseudo_locale: args.pseudo_locale,
            floodgate: floodgate.clone(),
            form_key: match store.fleet_form_key().await? {
                Some(key) => FormKey::from_bytes(&key),
                None => FormKey::random(),
            },
            kiosk_deliveries: Default::default(),
            kiosk_outbox: store.kiosk_outbox_identity().await?,
            urgent_withdrawal_days: args.urgent_withdrawal_days,
            passkeys: Passkeys::for_console(&console_url),
            embargo_audited: Default::default(),
            spent_challenges: Default::default(),
        };
        match &state.passkeys {
            Some(passkeys) => tracing::info!(origin = passkeys.origin(), "passkeys are available"),
            None => tracing::warn!(
                "passkeys are off: the console URL needs a domain name (--console-url)"
            ),
        }
        Ok(Self {
            child: child_router(state.clone(), &session_config),
            console: console_router(state, &session_config),
            operator: operator_router(store.clone()),
            operator_listener,
            store,
            child_url,
            console_url,
            child_listener,
            console_listener,
            sessions,
            fallbacks,
            floodgate,
            retention_days: args.retention_days,
        })
    }

    /// The address the child listener is bound to, as a URL (tests).
    pub fn child_bound_url(&self) -> String {
        format!(
            "http://{}",
            self.child_listener.local_addr().expect("bound")
        )
    }

    /// The address the console listener is bound to, as a URL (tests).
    pub fn console_bound_url(&self) -> String {
        format!(
            "http://{}",
            self.console_listener.local_addr().expect("bound")
        )
    }

    /// The address the operator's listener is bound to, as a URL (tests).
    pub fn operator_bound_url(&self) -> String {
        format!(
            "http://{}",
            self.operator_listener.local_addr().expect("bound")
        )
    }

    /// Serves the three listeners until `shutdown` resolves.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        tokio::spawn(async move {
            shutdown.await;
            let _ = stop_tx.send(true);
        });
        let stopped = |mut rx: tokio::sync::watch::Receiver<bool>| async move {
            let _ = rx.wait_for(|stop| *stop).await;
        };
        let cleanup = tokio::spawn(crate::jobs::session_upkeep(self.sessions));
        let retention = tokio::spawn(crate::jobs::retention_job(
            self.store.clone(),
            self.retention_days,
        ));
        let fallbacks = tokio::spawn(crate::jobs::fallbacks_refresh(
            self.store.clone(),
            self.fallbacks,
        ));
        let fleet_window = tokio::spawn(crate::jobs::fleet_window(
            self.store.clone(),
            self.floodgate,
        ));
        let child = axum::serve(self.child_listener, self.child)
            .with_graceful_shutdown(stopped(stop_rx.clone()));
        let console = axum::serve(self.console_listener, self.console)
            .with_graceful_shutdown(stopped(stop_rx.clone()));
        let operator = axum::serve(self.operator_listener, self.operator)
            .with_graceful_shutdown(stopped(stop_rx));
        let result = tokio::try_join!(child, console, operator);
        cleanup.abort();
        retention.abort();
        fallbacks.abort();
        fleet_window.abort();
        result.context("serving")?;
        Ok(())
    }
}

async fn bind(addr: SocketAddr, what: &str) -> anyhow::Result<TcpListener> {
    TcpListener::bind(addr)
        .await
        .with_context(|| format!("binding the {what} to {addr}"))
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}
