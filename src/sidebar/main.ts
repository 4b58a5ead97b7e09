/** The teacher's sidebar: for now it greets the teacher and shows which spreadsheet it serves. */

import { callServer } from './server';

function show(id: string, text: string): void {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
}

async function start(): Promise<void> {
  try {
    const info = await callServer('getSidebarInfo');
    show('spreadsheet-name', info.spreadsheetName);
    show('addon-version', `Version ${info.addonVersion}`);
    show('status', 'Ready.');
  } catch (error) {
    show(
      'status',
      `Could not reach the spreadsheet. Close the sidebar and open it again. (${String(error)})`,
    );
  }
}

void start();
