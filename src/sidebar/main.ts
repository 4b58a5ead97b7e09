/**
 * The teacher's sidebar: four panels (Today, In focus, Feedback, Setup) as a tablist. It opens on
 * Setup when the spreadsheet has no class yet, on Today when it has one. Each panel asks the
 * server for what it shows in one call when it is shown.
 */

import { byId } from './dom';
import { feedbackPanel } from './feedback-panel';
import { focusPanel } from './focus-panel';
import { clearError, during, say } from './progress';
import { SelectionFollower } from './selection-follower';
import { callServer } from './server';
import { setupPanel, type ClassFacts } from './setup-panel';
import { Tabs, type Navigator, type PanelName } from './tabs';
import { todayPanel } from './today-panel';

async function start(): Promise<void> {
  const facts: ClassFacts = { hasClass: false, students: 0 };
  const follower = new SelectionFollower();
  let tabs: Tabs | null = null;
  const nav: Navigator = {
    goTo: (panel: PanelName) => void tabs?.select(panel),
    focusOn(studentId, lessonId) {
      const request = lessonId ? { studentId, lessonId } : { studentId };
      void tabs?.select('focus');
      void during('Opening the lesson', async () => {
        await callServer('openStudentTab', request);
        await follower.show(request);
      });
    },
    classReady() {
      facts.hasClass = true;
      void tabs?.select('today');
    },
  };
  tabs = new Tabs({
    today: todayPanel(byId('panel-today'), nav),
    focus: focusPanel(byId('panel-focus'), follower, nav),
    feedback: feedbackPanel(byId('panel-feedback'), follower),
    setup: setupPanel(byId('panel-setup'), facts, nav),
  });

  const opened = await during('Opening', () =>
    Promise.all([callServer('getSidebarInfo'), callServer('getClassStatus')]),
  );
  if (!opened) {
    say('');
    return;
  }
  const [info, status] = opened;
  byId('spreadsheet-name').textContent = info.spreadsheetName;
  byId('addon-version').textContent = `Version ${info.addonVersion}`;
  facts.hasClass = status.hasClass;
  facts.students = status.students;
  clearError();
  await tabs.select(status.hasClass ? 'today' : 'setup');
  say('Ready.');
}

void start();
