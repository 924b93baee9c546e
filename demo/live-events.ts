/** Name of the dev server's custom HMR event carrying a fresh Timeline (shared by plugin and page). */
export const TIMELINE_UPDATE_EVENT = 'event-timeline:update';
