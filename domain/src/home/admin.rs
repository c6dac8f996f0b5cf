//! The administrator's section of the home page: how many users there are, and the email outbox's
//! messages waiting to be sent or given up on. Administrators only.

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};

use crate::accounts::entity::user;
use crate::notifications::DeliveryState;
use crate::notifications::entity as message;
use crate::{Actor, Result, Role};

/// Users and outbox at a glance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AdminAgenda {
    /// Every user account.
    pub users: u64,
    /// Accounts that are deactivated.
    pub inactive_users: u64,
    /// Messages waiting to be sent.
    pub queued: u64,
    /// Messages given up on, which an administrator may retry.
    pub failed: u64,
}

/// The administrator's section. Administrators only.
pub async fn agenda(db: &DatabaseConnection, actor: &Actor) -> Result<AdminAgenda> {
    actor.require_any(&[Role::Admin])?;
    let users = user::Entity::find().count(db).await?;
    let inactive_users = user::Entity::find()
        .filter(user::Column::Active.eq(false))
        .count(db)
        .await?;
    let in_state = |state: DeliveryState| {
        message::Entity::find()
            .filter(message::Column::State.eq(state))
            .count(db)
    };
    Ok(AdminAgenda {
        users,
        inactive_users,
        queued: in_state(DeliveryState::Queued).await?,
        failed: in_state(DeliveryState::Failed).await?,
    })
}
