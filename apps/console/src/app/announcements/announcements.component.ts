import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'app-announcements',
  template: `
    <h1>Announcements</h1>
    <p>Not available yet.</p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnnouncementsComponent {}
