import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'app-users',
  template: `
    <h1>Users</h1>
    <p>Not available yet.</p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersComponent {}
