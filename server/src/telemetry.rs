//! Logging. Filter with `HEARD_LOG` (e.g. `HEARD_LOG=debug`). What is logged about a request is
//! decided in `http::request_log`; nothing else logs request data. Panics are logged by place
//! only (`panic_line`), with the day like every other line.
//!
//! Log lines carry the day only, like everything Heard stores: a precise time next to "a
//! submission arrived" would let someone match a child's visit to a moment (a kiosk camera, a
//! staff rota). The order of lines still tells the sequence.

use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::time::FormatTime;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::EnvFilter;

const DEFAULT_FILTER: &str = "info,sqlx=warn,tower_sessions=warn";

pub fn init() {
    init_with_writer(std::io::stderr);
    std::panic::set_hook(Box::new(|info| {
        tracing::error!("{}", panic_line(info.location()));
    }));
}

/// What a panic leaves in the log: where it happened, never its message. A message could carry
/// whatever a failed `expect` formatted — possibly something from a request — and the default
/// hook would print it with a precise time.
pub fn panic_line(location: Option<&std::panic::Location<'_>>) -> String {
    match location {
        Some(at) => format!("panic at {}:{} (message withheld)", at.file(), at.line()),
        None => "panic (message withheld)".to_owned(),
    }
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
        .with_timer(DayOnly)
        .with_ansi(false)
        .try_init();
}

/// Writes the UTC day (`YYYY-MM-DD`) as the log line's time.
struct DayOnly;

impl FormatTime for DayOnly {
    fn format_time(&self, w: &mut Writer<'_>) -> std::fmt::Result {
        w.write_str(crate::store::Day::today().as_str())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_panic_line_names_the_place_and_withholds_the_message() {
        let here = std::panic::Location::caller();
        let line = super::panic_line(Some(here));
        assert!(
            line.starts_with("panic at server/src/telemetry.rs:"),
            "{line}"
        );
        assert!(line.ends_with("(message withheld)"));
    }
}
