//! The languages Heard speaks: each one's code, its name in its own language and script (for the
//! picker — no flags), its direction, and whether CLDR has plural rules for it.
//!
//! Adding a language: a folder `locales/<code>/` (with `status.toml`), a variant here, a row in
//! `ALL`. The checks in `checks.rs` fail until the three agree.

/// One language of the child site (the console speaks the `CONSOLE` subset).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locale {
    #[default]
    En,
    Es,
    Fr,
    Pt,
    Ht,
    Quc,
    Mam,
    Kjb,
    Ar,
    FaAf,
    Ps,
    Ur,
    Ti,
    So,
    Am,
    Uk,
    Ru,
    Tr,
    Kmr,
    Ckb,
    Fa,
    Bn,
    Zh,
    Vi,
    Sw,
    Sq,
    /// English, accented and 40 % longer: shows untranslated literals and clipped text in tests.
    /// Offered only when the server runs with `--pseudo-locale`.
    Pseudo,
}

/// What Heard knows about a language without reading its translations.
pub struct About {
    pub code: &'static str,
    /// The language's own name, in its own script.
    pub self_name: &'static str,
    pub rtl: bool,
    /// The tag whose CLDR plural rules apply, or `None` where CLDR has none (selectors there use
    /// exact numbers plus `*[other]`).
    pub plurals: Option<&'static str>,
}

const fn about(
    code: &'static str,
    self_name: &'static str,
    rtl: bool,
    plurals: Option<&'static str>,
) -> About {
    About {
        code,
        self_name,
        rtl,
        plurals,
    }
}

impl Locale {
    /// Every language a child can choose, in the picker's order (the pseudo-locale is not one).
    pub const ALL: [Locale; 26] = [
        Locale::En,
        Locale::Es,
        Locale::Fr,
        Locale::Pt,
        Locale::Ht,
        Locale::Quc,
        Locale::Mam,
        Locale::Kjb,
        Locale::Ar,
        Locale::FaAf,
        Locale::Fa,
        Locale::Ps,
        Locale::Ur,
        Locale::Ti,
        Locale::Am,
        Locale::So,
        Locale::Sw,
        Locale::Uk,
        Locale::Ru,
        Locale::Tr,
        Locale::Kmr,
        Locale::Ckb,
        Locale::Sq,
        Locale::Bn,
        Locale::Zh,
        Locale::Vi,
    ];

    /// The languages the console is translated into.
    pub const CONSOLE: [Locale; 4] = [Locale::En, Locale::Es, Locale::Fr, Locale::Ar];

    pub fn about(self) -> About {
        match self {
            Locale::En => about("en", "English", false, Some("en")),
            Locale::Es => about("es", "Español", false, Some("es")),
            Locale::Fr => about("fr", "Français", false, Some("fr")),
            Locale::Pt => about("pt", "Português", false, Some("pt")),
            Locale::Ht => about("ht", "Kreyòl ayisyen", false, None),
            Locale::Quc => about("quc", "K'iche'", false, None),
            Locale::Mam => about("mam", "Qyol Mam", false, None),
            Locale::Kjb => about("kjb", "Q'anjob'al", false, None),
            Locale::Ar => about("ar", "العربية", true, Some("ar")),
            Locale::FaAf => about("fa-AF", "دری", true, Some("fa")),
            Locale::Ps => about("ps", "پښتو", true, Some("ps")),
            Locale::Ur => about("ur", "اردو", true, Some("ur")),
            Locale::Ti => about("ti", "ትግርኛ", false, Some("ti")),
            Locale::So => about("so", "Soomaali", false, Some("so")),
            Locale::Am => about("am", "አማርኛ", false, Some("am")),
            Locale::Uk => about("uk", "Українська", false, Some("uk")),
            Locale::Ru => about("ru", "Русский", false, Some("ru")),
            Locale::Tr => about("tr", "Türkçe", false, Some("tr")),
            Locale::Kmr => about("kmr", "Kurmancî", false, Some("ku")),
            Locale::Ckb => about("ckb", "کوردیی ناوەندی", true, Some("ckb")),
            Locale::Fa => about("fa", "فارسی", true, Some("fa")),
            Locale::Bn => about("bn", "বাংলা", false, Some("bn")),
            Locale::Zh => about("zh", "中文", false, Some("zh")),
            Locale::Vi => about("vi", "Tiếng Việt", false, Some("vi")),
            Locale::Sw => about("sw", "Kiswahili", false, Some("sw")),
            Locale::Sq => about("sq", "Shqip", false, Some("sq")),
            Locale::Pseudo => about("en-XA", "[Ëñğļîšĥ]", false, Some("en")),
        }
    }

    pub fn code(self) -> &'static str {
        self.about().code
    }

    pub fn self_name(self) -> &'static str {
        self.about().self_name
    }

    /// Text direction, for `dir` attributes.
    pub fn dir(self) -> &'static str {
        if self.about().rtl {
            "rtl"
        } else {
            "ltr"
        }
    }

    pub fn is_console(self) -> bool {
        Self::CONSOLE.contains(&self)
    }

    /// An exact code Heard speaks (`es`, `fa-AF`, and `en-XA` for tests); anything else is `None`.
    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .chain([Locale::Pseudo])
            .find(|l| l.code() == raw)
    }
}
