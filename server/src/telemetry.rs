//! Logging. Filter with `HEARD_LOG` (e.g. `HEARD_LOG=debug`). What is logged about a request is
//! decided in `http::request_log`; nothing else logs request data.

use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::EnvFilter;

const DEFAULT_FILTER: &str = "info,sqlx=warn,tower_sessions=warn";

pub fn init() {
    init_with_writer(std::io::stderr);
}

/// Installs the global subscriber writing to `writer` (tests capture the log this way).
pub fn init_with_writer<W>(writer: W)
where
    W: for<'a> MakeWriter<'a> + Send + Sync + 'static,
{
    let filter =
        EnvFilter::try_from_env("HEARD_LOG").unwrap_or_else(|_| EnvFilter::new(DEFAULT_FILTER));
    init_with(writer, filter);
}

/// Installs the global subscriber with an explicit filter (tests log at `debug` everywhere).
pub fn init_with<W>(writer: W, filter: EnvFilter)
where
    W: for<'a> MakeWriter<'a> + Send + Sync + 'static,
{
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer)
        .with_ansi(false)
        .try_init();
}
