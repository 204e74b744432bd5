//! Facilities children may name, reviewers' affiliations with them, and the rule at the heart of
//! the retaliation shield: the recipients a case naming a facility is sealed to leave out every
//! reviewer affiliated with it (directly, or through the organisation that runs it).

use super::{Day, Store};
use app::i18n::Lang;
use heard_core::vocabulary::Role;
use sqlx::Row;

/// What a reviewer is affiliated with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AffiliationTarget {
    /// One facility, by id.
    Facility(i64),
    /// Every facility this organisation runs.
    Operator(String),
}

/// A facility as a child sees it: its code and its name in the child's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacilityRow {
    pub id: i64,
    pub code: String,
    pub operator: Option<String>,
    pub name: String,
    /// The language `name` is in (empty: it is the code).
    pub name_lang: String,
    pub has_picture: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AffiliationRow {
    pub handle: String,
    pub facility: Option<String>,
    pub operator: Option<String>,
    pub declared_on: String,
    pub confirmed_on: Option<String>,
}

impl Store {
    /// Adds a facility with its names (`(lang, name)`). Returns its id.
    pub async fn add_facility(
        &self,
        code: &str,
        operator: Option<&str>,
        names: &[(String, String)],
    ) -> Result<i64, sqlx::Error> {
        let mut tx = self.write_tx().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO facilities (code, operator, created_on) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(code)
        .bind(operator)
        .bind(Day::today().as_str())
        .fetch_one(&mut *tx)
        .await?;
        for (lang, name) in names {
            sqlx::query("INSERT INTO facility_names (facility_id, lang, name) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(lang)
                .bind(name)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    /// Active facilities with their names in `lang` (else in its fallback, English, any language,
    /// then the code), by name.
    pub async fn facilities(&self, lang: Lang) -> Result<Vec<FacilityRow>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT f.id, f.code, f.operator, CASE WHEN f.picture IS NOT NULL THEN 1 ELSE 0 END AS has_picture, \
               COALESCE(n.name, f.code) AS name, COALESCE(n.lang, '') AS name_lang \
             FROM facilities f \
             LEFT JOIN facility_names n ON n.facility_id = f.id AND n.lang = ( \
               SELECT lang FROM facility_names WHERE facility_id = f.id \
               ORDER BY CASE lang WHEN $1 THEN 0 WHEN $2 THEN 1 WHEN 'en' THEN 2 ELSE 3 END, lang \
               LIMIT 1) \
             WHERE f.active = 1 ORDER BY name, f.code",
        )
        .bind(lang.code())
        .bind(lang.fallback.code())
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(|r| {
                Ok(FacilityRow {
                    id: r.try_get("id")?,
                    code: r.try_get("code")?,
                    operator: r.try_get("operator")?,
                    name: r.try_get("name")?,
                    name_lang: r.try_get("name_lang")?,
                    has_picture: super::flag(&r, "has_picture")?,
                })
            })
            .collect()
    }

    /// Sets a facility's picture (`content_type` one of PNG, JPEG, WebP). False if no such code.
    pub async fn set_facility_picture(
        &self,
        code: &str,
        bytes: &[u8],
        content_type: &str,
    ) -> Result<bool, sqlx::Error> {
        let done =
            sqlx::query("UPDATE facilities SET picture = $2, picture_type = $3 WHERE code = $1")
                .bind(code)
                .bind(bytes)
                .bind(content_type)
                .execute(self.pool())
                .await?;
        Ok(done.rows_affected() == 1)
    }

    /// An active facility's picture and its content type.
    pub async fn facility_picture(
        &self,
        code: &str,
    ) -> Result<Option<(Vec<u8>, String)>, sqlx::Error> {
        sqlx::query_as(
            "SELECT picture, picture_type FROM facilities \
             WHERE code = $1 AND active = 1 AND picture IS NOT NULL",
        )
        .bind(code)
        .fetch_optional(self.pool())
        .await
    }

    /// Retires a facility: children can no longer name it; cases that named it stay shielded.
    /// False if there is no such active facility.
    pub async fn retire_facility(&self, code: &str) -> Result<bool, sqlx::Error> {
        let done = sqlx::query("UPDATE facilities SET active = 0 WHERE code = $1 AND active = 1")
            .bind(code)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The id of an active facility by its code.
    pub async fn facility_id(&self, code: &str) -> Result<Option<i64>, sqlx::Error> {
        sqlx::query_scalar("SELECT id FROM facilities WHERE code = $1 AND active = 1")
            .bind(code)
            .fetch_optional(self.pool())
            .await
    }

    /// Records an affiliation (declared, or declared and confirmed at once by an admin). Returns
    /// false when it was already recorded (then only a confirmation is added).
    pub async fn affiliate(
        &self,
        account: i64,
        target: &AffiliationTarget,
        confirmed: bool,
    ) -> Result<bool, sqlx::Error> {
        let (facility, operator) = match target {
            AffiliationTarget::Facility(id) => (Some(*id), None),
            AffiliationTarget::Operator(name) => (None, Some(name.as_str())),
        };
        let today = Day::today();
        let confirmed_on = confirmed.then(|| today.as_str().to_owned());
        let inserted = sqlx::query(
            "INSERT INTO affiliations (account_id, facility_id, operator, declared_on, confirmed_on) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
        )
        .bind(account)
        .bind(facility)
        .bind(operator)
        .bind(today.as_str())
        .bind(&confirmed_on)
        .execute(self.pool())
        .await?
        .rows_affected()
            == 1;
        if !inserted && confirmed {
            sqlx::query(
                "UPDATE affiliations SET confirmed_on = COALESCE(confirmed_on, $4) \
                 WHERE account_id = $1 AND facility_id IS NOT DISTINCT FROM $2 \
                 AND operator IS NOT DISTINCT FROM $3",
            )
            .bind(account)
            .bind(facility)
            .bind(operator)
            .bind(today.as_str())
            .execute(self.pool())
            .await?;
        }
        Ok(inserted)
    }

    pub async fn affiliations(&self) -> Result<Vec<AffiliationRow>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT a.handle, f.code, af.operator, af.declared_on, af.confirmed_on \
             FROM affiliations af JOIN accounts a ON a.id = af.account_id \
             LEFT JOIN facilities f ON f.id = af.facility_id ORDER BY a.handle, af.id",
        )
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(|r| {
                Ok(AffiliationRow {
                    handle: r.try_get("handle")?,
                    facility: r.try_get("code")?,
                    operator: r.try_get("operator")?,
                    declared_on: r.try_get("declared_on")?,
                    confirmed_on: r.try_get("confirmed_on")?,
                })
            })
            .collect()
    }

    /// The recipients a new case naming `facility` (or none) is sealed to: every active
    /// recipient except the keys of accounts affiliated with the facility, of disabled accounts,
    /// and of story editors and consultation leads (who hold keys but never read cases).
    pub async fn eligible_recipients(
        &self,
        facility: Option<i64>,
    ) -> Result<Vec<String>, sqlx::Error> {
        // The shield (the `affiliated` view): nobody connected to the place the child named.
        sqlx::query_scalar(
            "SELECT r.recipient FROM recipients r WHERE r.active = 1 \
             AND NOT EXISTS (SELECT 1 FROM affiliated af \
                             WHERE af.account_id = r.account_id AND af.facility_id = $1) \
             AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.id = r.account_id \
             AND (a.role IN ($2, $3) OR a.status <> 'active')) ORDER BY r.id",
        )
        .bind(facility)
        // Key holders who never read cases.
        .bind(Role::StoryEditor.as_str())
        .bind(Role::ConsultationLead.as_str())
        .fetch_all(self.pool())
        .await
    }

    /// How many active reviewers (role `reviewer`, with a key) may read a case naming the
    /// facility. Fewer than two is thin coverage, which admins are warned about.
    pub async fn unaffiliated_reviewers(&self, facility: i64) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT COUNT(*) FROM accounts a JOIN reviewer_keys k ON k.account_id = a.id \
             WHERE a.role = $2 AND a.status = 'active' \
             AND NOT EXISTS (SELECT 1 FROM affiliated af \
                             WHERE af.account_id = a.id AND af.facility_id = $1)",
        )
        .bind(facility)
        .bind(Role::Reviewer.as_str())
        .fetch_one(self.pool())
        .await
    }

    /// Records that `account` declared a conflict on the case `seq`. False if already recused.
    pub async fn recuse(&self, seq: i64, account: i64) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "INSERT INTO recusals (submission_seq, account_id, recused_on) VALUES ($1, $2, $3) \
             ON CONFLICT DO NOTHING",
        )
        .bind(seq)
        .bind(account)
        .bind(Day::today().as_str())
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }
}
