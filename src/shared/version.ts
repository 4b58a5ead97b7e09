/** The add-on's version, shown in the sidebar so a teacher can tell support which one they run. */
export const ADDON_VERSION = '0.1.0';
