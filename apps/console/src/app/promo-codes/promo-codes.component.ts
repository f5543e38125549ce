import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'app-promo-codes',
  template: `
    <h1>Promo codes</h1>
    <p>Not available yet.</p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PromoCodesComponent {}
