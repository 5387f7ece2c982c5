// English messages of features/notifications, typed against the Spanish ones: a missing or extra key is a compile error.

import type { notificationsEs } from "./i18n.es";

export const notificationsEn: typeof notificationsEs = {
  nav: {
    notifications: "Notifications",
  },
  notifications: {
    title: "Notifications",
    intro: "Reminders of deadlines that are near or have passed, and weekly digests.",
    unread: "{count} unread",
    bell: "Notifications",
    bellUnread: "Notifications: {count} unread",
    onlyUnread: "Unread only",
    markRead: "Mark as read",
    markAllRead: "Mark all as read",
    empty: "You have no notifications.",
    read: "Read",
    new: "New",
    kinds: {
      due_soon: "Due soon",
      overdue: "Overdue",
      weekly_digest: "Weekly digest",
      requested: "Reminder from the Secretariat",
      assigned: "New commitment",
    },
    dueOn: "Due {date}",
    dueInDays: "Due in {days} days",
    digest: "Digest of pending commitments",
    digestCount: "Weekly digest: {count, plural, one {# pending commitment} other {# pending commitments}}",
    openCommitment: "See the commitment",
    openRecord: "See what it is about",
  },
};
