// A script section as the room and the readings page name it: its kind, then its title.

const KIND_LABELS = {
  opening: gettext("Opening"),
  reading: gettext("Reading"),
  share_round: gettext("Share round"),
  closing: gettext("Closing"),
  announcement: gettext("Announcements"),
};

export function sectionHeading(section) {
  const kind = KIND_LABELS[section.kind];
  return kind ? `${kind}: ${section.title}` : section.title;
}
