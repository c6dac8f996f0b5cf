//! Drafts: starting one, saving it with its version, partners and attachments, all while the call accepts
//! submissions and only by the lead organisation's team.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

use crate::applications::content::{ContentInput, parse_content};
use crate::applications::entity::{application, attachment, budget_line, partner};
use crate::applications::files::{self, FileStore, MAX_ATTACHMENTS};
use crate::applications::lifecycle::ApplicationState;
use crate::audit::{self, Subject};
use crate::calls::CallState;
use crate::calls::entity::call;
use crate::error::{FieldError, Validator};
use crate::files::{StagedFile, StoredFile};
use crate::organisations::{
    self, Organisation, OrganisationFields, OrganisationInput, OrganisationKind,
};
use crate::{Actor, Arg, Error, Message, Result, Role, db};

use super::{
    ApplicationView, Expected, accepting, access_to, after_save, find, get, load, mine_for_call,
    require_team, write_if,
};

/// Starts a draft for the caller's organisation. Applicants only, while the call accepts submissions; one
/// application per organisation per call (a second start is a conflict).
pub async fn start(
    db: &DatabaseConnection,
    actor: &Actor,
    call_id: Uuid,
    now: DateTime<Utc>,
) -> Result<ApplicationView> {
    actor.require_any(&[Role::Applicant])?;
    let organisation_id = actor.organisation_id.ok_or(Error::Forbidden)?;
    let call = call::Entity::find_by_id(call_id)
        .one(db)
        .await?
        .filter(|c| c.state != CallState::Draft.as_str())
        .ok_or(Error::NotFound)?;
    accepting(&call, now)?;
    if mine_for_call(db, actor, call_id).await?.is_some() {
        return Err(Error::Conflict(Message::new("error-application-exists")));
    }
    let id = Uuid::now_v7();
    let tx = db::begin_write(db).await?;
    application::ActiveModel {
        id: Set(id),
        call_id: Set(call_id),
        lead_organisation_id: Set(organisation_id),
        state: Set(ApplicationState::Draft.as_str().to_owned()),
        reference: Set(None),
        title: Set(String::new()),
        summary: Set(String::new()),
        problem: Set(String::new()),
        objectives: Set(String::new()),
        participation_plan: Set(String::new()),
        answers: Set("{}".to_owned()),
        requested_minor: Set(0),
        co_funding_minor: Set(0),
        screening_reason: Set(None),
        screened_by: Set(None),
        screened_at: Set(None),
        submitted_at: Set(None),
        withdrawn_at: Set(None),
        replicates_project_id: Set(None),
        created_by: Set(actor.user_id),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&tx)
    .await
    .map_err(|err| match Error::from(err) {
        // Two colleagues starting at once: the unique index keeps one.
        Error::Conflict(_) => Error::Conflict(Message::new("error-application-exists")),
        other => other,
    })?;
    audit::record(
        &tx,
        Some(actor),
        "application.started",
        &Subject::new("application", id),
        format!("draft for call {} ({})", call.title, call.code),
    )
    .await?;
    tx.commit().await?;
    get(db, actor, id).await
}

/// Loads an application the team may change now: its own, a draft, while the call accepts submissions.
async fn editable_draft(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<ApplicationView> {
    let app = find(db, id).await?;
    require_team(actor, &app)?;
    let view = load(db, app).await?;
    if !view.state.is_editable() {
        return Err(Error::Conflict(
            Message::new("error-application-locked")
                .arg_phrased("state", Arg::Message(Box::new(view.state.label()))),
        ));
    }
    accepting(&view.call.call, now)?;
    Ok(view)
}

/// Saves the whole draft. `version` is the one the caller read: if someone saved since, nothing is written
/// and the caller gets a conflict, so that neither edit is silently lost.
pub async fn update(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    version: i32,
    input: &ContentInput,
    now: DateTime<Utc>,
) -> Result<ApplicationView> {
    let view = editable_draft(db, actor, id, now).await?;
    let currency = view.currency();
    let valid = parse_content(input, &view.call.questions, currency)?;
    if let Some(earlier) = input.replicates_project_id {
        crate::projects::learning::check_link(db, earlier, None).await?;
    }
    let answers = serde_json::to_string(&valid.answers).map_err(Error::caused_by)?;
    let tx = db::begin_write(db).await?;
    // The version check and the write are one statement, so two concurrent saves cannot both pass it.
    let saved = write_if(
        &tx,
        &view.application,
        Expected {
            version: Some(version),
            state: Some(ApplicationState::Draft),
        },
        application::ActiveModel {
            title: Set(valid.title.clone()),
            summary: Set(valid.summary.clone()),
            problem: Set(valid.problem.clone()),
            objectives: Set(valid.objectives.clone()),
            participation_plan: Set(valid.participation_plan.clone()),
            answers: Set(answers),
            requested_minor: Set(valid.requested.to_minor(currency)),
            co_funding_minor: Set(valid.co_funding.to_minor(currency)),
            replicates_project_id: Set(input.replicates_project_id),
            ..Default::default()
        },
        now,
    )
    .await?;
    if !saved {
        return Err(Error::stale());
    }
    budget_line::Entity::delete_many()
        .filter(budget_line::Column::ApplicationId.eq(id))
        .exec(&tx)
        .await?;
    // One statement for all the lines (a draft has up to a few dozen).
    if !valid.budget_lines.is_empty() {
        budget_line::Entity::insert_many((1..).zip(&valid.budget_lines).map(|(position, line)| {
            budget_line::ActiveModel {
                id: Set(Uuid::now_v7()),
                application_id: Set(id),
                position: Set(position),
                category: Set(line.category.clone()),
                description: Set(line.description.clone()),
                amount_minor: Set(line.amount.to_minor(currency)),
            }
        }))
        .exec(&tx)
        .await?;
    }
    audit::record(
        &tx,
        Some(actor),
        "application.updated",
        &Subject::new("application", id),
        format!(
            "saved draft \"{}\" (version {}), requesting {} {}",
            valid.title,
            version + 1,
            valid.requested.to_decimal_string(currency),
            currency.code()
        ),
    )
    .await?;
    tx.commit().await?;
    after_save(db, view).await
}

fn partner_role(role: &str) -> Result<String> {
    let role = role.trim().to_owned();
    let mut v = Validator::new();
    v.check(!role.is_empty(), "role", Message::new("error-required"));
    v.check(
        role.chars().count() <= 200,
        "role",
        Message::new("error-too-long").arg("max", 200),
    );
    v.finish()?;
    Ok(role)
}

async fn insert_partner(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    view: &ApplicationView,
    organisation: &Organisation,
    role: String,
    now: DateTime<Utc>,
) -> Result<()> {
    partner::ActiveModel {
        id: Set(Uuid::now_v7()),
        application_id: Set(view.application.id),
        organisation_id: Set(organisation.id),
        role: Set(role.clone()),
        added_at: Set(now),
    }
    .insert(conn)
    .await
    .map_err(|err| match Error::from(err) {
        Error::Conflict(_) => Error::Conflict(Message::new("error-partner-duplicate")),
        other => other,
    })?;
    audit::record(
        conn,
        Some(actor),
        "application.partner_added",
        &Subject::new("application", view.application.id),
        format!("{} ({}) as {role}", organisation.name, organisation.kind),
    )
    .await
}

/// Adds an existing organisation as a partner with its role in the project.
pub async fn add_partner(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    organisation_id: Uuid,
    role: &str,
    now: DateTime<Utc>,
) -> Result<ApplicationView> {
    let view = editable_draft(db, actor, id, now).await?;
    let role = partner_role(role)?;
    if organisation_id == view.lead.id {
        return Err(Error::field(
            "organisation_id",
            Message::new("error-partner-is-lead"),
        ));
    }
    let organisation = organisations::find(db, organisation_id)
        .await
        .map_err(|_| {
            Error::field(
                "organisation_id",
                Message::new("error-organisation-unknown"),
            )
        })?;
    let tx = db::begin_write(db).await?;
    insert_partner(&tx, actor, &view, &organisation, role, now).await?;
    tx.commit().await?;
    get(db, actor, id).await
}

/// Registers an organisation that has no account yet (civil-society partners often have none) and adds it
/// as a partner. It starts unverified, like every organisation.
pub async fn register_partner(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    input: &OrganisationInput,
    role: &str,
    now: DateTime<Utc>,
) -> Result<ApplicationView> {
    let view = editable_draft(db, actor, id, now).await?;
    let role = partner_role(role);
    let fields = OrganisationFields::parse(input, "organisation.");
    let (role, fields) = match (role, fields) {
        (Ok(role), Ok(fields)) => (role, fields),
        (role, fields) => {
            let mut errors: Vec<FieldError> = Vec::new();
            for err in [role.err(), fields.err()].into_iter().flatten() {
                match err {
                    Error::Validation(found) => errors.extend(found),
                    other => return Err(other),
                }
            }
            return Err(Error::Validation(errors));
        }
    };
    if fields.kind() == OrganisationKind::NationalAgency {
        return Err(Error::field(
            "organisation.kind",
            Message::new("error-partner-kind"),
        ));
    }
    // Registering an organisation that already exists would split its history in two: point to it instead.
    if organisations::find_by_name(db, &input.name, &input.country)
        .await?
        .is_some()
    {
        return Err(Error::field(
            "organisation.name",
            Message::new("error-partner-registered"),
        ));
    }
    let tx = db::begin_write(db).await?;
    let organisation = organisations::insert(&tx, fields, "organisation.").await?;
    audit::record(
        &tx,
        Some(actor),
        "organisation.created",
        &Subject::new("organisation", organisation.id),
        format!(
            "registered {} ({}) as a partner",
            organisation.name, organisation.kind
        ),
    )
    .await?;
    insert_partner(&tx, actor, &view, &organisation, role, now).await?;
    tx.commit().await?;
    get(db, actor, id).await
}

/// Removes a partner from a draft.
pub async fn remove_partner(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    organisation_id: Uuid,
    now: DateTime<Utc>,
) -> Result<ApplicationView> {
    let view = editable_draft(db, actor, id, now).await?;
    let name = view
        .partners
        .iter()
        .find(|p| p.organisation.id == organisation_id)
        .map(|p| p.organisation.name.clone())
        .ok_or(Error::NotFound)?;
    let tx = db::begin_write(db).await?;
    partner::Entity::delete_many()
        .filter(partner::Column::ApplicationId.eq(id))
        .filter(partner::Column::OrganisationId.eq(organisation_id))
        .exec(&tx)
        .await?;
    audit::record(
        &tx,
        Some(actor),
        "application.partner_removed",
        &Subject::new("application", id),
        format!("removed {name}"),
    )
    .await?;
    tx.commit().await?;
    get(db, actor, id).await
}

/// Organisations the team of an application may add as partners, by name (at least two characters): any
/// but the lead and national agencies, at most 20.
pub async fn partner_candidates(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    search: &str,
) -> Result<Vec<Organisation>> {
    let app = find(db, id).await?;
    require_team(actor, &app)?;
    let own = app.lead_organisation_id;
    let search = search.trim();
    if search.chars().count() < 2 {
        return Ok(Vec::new());
    }
    Ok(organisations::entity::Entity::find()
        .filter(organisations::entity::Column::Id.ne(own))
        .filter(organisations::entity::Column::Kind.ne(OrganisationKind::NationalAgency.as_str()))
        .filter(db::contains_text(
            organisations::entity::Column::Name,
            search,
        ))
        .order_by_asc(organisations::entity::Column::Name)
        .limit(20)
        .all(db)
        .await?)
}

/// Attaches a file to a draft, optionally as the answer to a document question. The content decides the
/// type; refused files are not stored.
#[allow(clippy::too_many_arguments)]
pub async fn add_attachment(
    db: &DatabaseConnection,
    store: &FileStore,
    actor: &Actor,
    id: Uuid,
    question_id: Option<Uuid>,
    file_name: &str,
    file: &StagedFile,
    now: DateTime<Utc>,
) -> Result<ApplicationView> {
    let view = editable_draft(db, actor, id, now).await?;
    let mut v = Validator::new();
    let checked = v.parse("file", files::check(file_name, file));
    if let Some(question_id) = question_id {
        v.check(
            view.call
                .questions
                .iter()
                .any(|q| q.id == question_id && q.is_document()),
            "question_id",
            Message::new("error-question-not-document"),
        );
    }
    v.check(
        view.attachments.len() < MAX_ATTACHMENTS,
        "file",
        Message::new("error-attachment-limit").arg("max", MAX_ATTACHMENTS),
    );
    v.finish()?;
    let checked = checked.ok_or_else(|| Error::Internal("checked file".into()))?;
    let already_stored = store.contains(&checked.sha256).await;
    store.put(file).await?;
    let saved = save_attachment(db, actor, id, question_id, &checked, now).await;
    if saved.is_err() && !already_stored {
        store.remove(&checked.sha256).await.ok();
    }
    saved?;
    get(db, actor, id).await
}

async fn save_attachment(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    question_id: Option<Uuid>,
    file: &files::CheckedFile,
    now: DateTime<Utc>,
) -> Result<()> {
    let tx = db::begin_write(db).await?;
    // Counted again inside the write: two uploads at once must not make 21.
    let count = attachment::Entity::find()
        .filter(attachment::Column::ApplicationId.eq(id))
        .count(&tx)
        .await?;
    if count >= MAX_ATTACHMENTS as u64 {
        return Err(Error::field(
            "file",
            Message::new("error-attachment-limit").arg("max", MAX_ATTACHMENTS),
        ));
    }
    attachment::ActiveModel {
        id: Set(Uuid::now_v7()),
        application_id: Set(id),
        question_id: Set(question_id),
        file_name: Set(file.file_name.clone()),
        media_type: Set(file.media_type.to_owned()),
        size_bytes: Set(i64::try_from(file.size).unwrap_or(i64::MAX)),
        sha256: Set(file.sha256.clone()),
        uploaded_by: Set(actor.user_id),
        uploaded_at: Set(now),
    }
    .insert(&tx)
    .await?;
    audit::record(
        &tx,
        Some(actor),
        "application.attachment_added",
        &Subject::new("application", id),
        format!(
            "{} ({}, {} bytes, sha256 {})",
            file.file_name, file.media_type, file.size, file.sha256
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// An attachment's metadata and content (a stream from the store), for those who may see the application: its team, managers, and
/// the committee members assigned to review it (never a conflicted one).
pub async fn attachment(
    db: &DatabaseConnection,
    store: &FileStore,
    actor: &Actor,
    id: Uuid,
    attachment_id: Uuid,
) -> Result<(attachment::Model, StoredFile)> {
    let app = find(db, id).await?;
    if access_to(actor, &app).is_err() {
        crate::reviews::service::may_review(db, actor, id).await?;
    }
    let meta = attachment::Entity::find_by_id(attachment_id)
        .one(db)
        .await?
        .filter(|a| a.application_id == id)
        .ok_or(Error::NotFound)?;
    let content = store.open_file(&meta.sha256).await?;
    Ok((meta, content))
}

/// Removes an attachment from a draft; the stored file goes too unless another attachment shares it.
pub async fn remove_attachment(
    db: &DatabaseConnection,
    store: &FileStore,
    actor: &Actor,
    id: Uuid,
    attachment_id: Uuid,
    now: DateTime<Utc>,
) -> Result<ApplicationView> {
    let view = editable_draft(db, actor, id, now).await?;
    let meta = view
        .attachments
        .iter()
        .find(|a| a.id == attachment_id)
        .cloned()
        .ok_or(Error::NotFound)?;
    let tx = db::begin_write(db).await?;
    attachment::Entity::delete_by_id(attachment_id)
        .exec(&tx)
        .await?;
    // The store is shared by content: keep the file while any application or milestone still uses it.
    let shared = attachment::Entity::find()
        .filter(attachment::Column::Sha256.eq(&meta.sha256))
        .count(&tx)
        .await?
        + crate::projects::entity::milestone_attachment::Entity::find()
            .filter(crate::projects::entity::milestone_attachment::Column::Sha256.eq(&meta.sha256))
            .count(&tx)
            .await?;
    audit::record(
        &tx,
        Some(actor),
        "application.attachment_removed",
        &Subject::new("application", id),
        format!("{} (sha256 {})", meta.file_name, meta.sha256),
    )
    .await?;
    tx.commit().await?;
    if shared == 0 {
        store.remove(&meta.sha256).await?;
    }
    get(db, actor, id).await
}
