import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';

import { toApiError } from '../../shared/api-error';
import { FieldErrorComponent } from '../../shared/field-error.component';
import { safeReturnUrl } from '../../shared/return-url';
import { StaffAuthApiService } from '../staff-auth-api.service';
import { StaffSessionService } from '../staff-session.service';

@Component({
  selector: 'app-login',
  imports: [ReactiveFormsModule, FieldErrorComponent],
  templateUrl: './login.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginComponent {
  private readonly api = inject(StaffAuthApiService);
  private readonly session = inject(StaffSessionService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  /** Starts with the guard's reason for sending the user here, if any. */
  protected readonly error = signal<string | null>(this.session.takeNotice());

  protected readonly messages = {
    email: { required: 'Enter your e-mail address.', email: 'Enter a valid e-mail address, like name@example.com.' },
    password: { required: 'Enter your password.' },
  };

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, password } = this.form.getRawValue();
    this.submitting.set(true);
    this.error.set(null);
    this.api.login(email.trim(), password).subscribe({
      next: (user) => {
        this.session.setUser(user);
        void this.router.navigateByUrl(safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl')));
      },
      error: (err: unknown) => {
        this.submitting.set(false);
        this.error.set(toApiError(err).message);
      },
    });
  }
}
