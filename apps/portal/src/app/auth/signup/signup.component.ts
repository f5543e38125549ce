import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { FieldComponent, FieldControlDirective, FieldHintDirective, FormSubmission } from '@kbc/ui/forms';

import { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../field-limits';
import { AuthApiService } from '../auth-api.service';
import { SessionService } from '../session.service';

@Component({
  selector: 'app-signup',
  imports: [ReactiveFormsModule, RouterLink, FieldComponent, FieldControlDirective, FieldHintDirective],
  templateUrl: './signup.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignupComponent {
  private readonly api = inject(AuthApiService);
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);

  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)]],
    name: ['', [Validators.required, Validators.maxLength(NAME_MAX_LENGTH)]],
    password: [
      '',
      [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)],
    ],
  });
  protected readonly submission = new FormSubmission();

  protected readonly messages = {
    email: {
      required: 'Enter your e-mail address.',
      email: 'Enter a valid e-mail address, like name@example.com.',
      maxlength: `An e-mail address has at most ${EMAIL_MAX_LENGTH} characters.`,
    },
    name: {
      required: 'Enter your name.',
      maxlength: `A name has at most ${NAME_MAX_LENGTH} characters.`,
    },
    password: {
      required: 'Choose a password.',
      minlength: `A password needs at least ${PASSWORD_MIN_LENGTH} characters.`,
      maxlength: `A password has at most ${PASSWORD_MAX_LENGTH} characters.`,
    },
  };

  protected submit(): void {
    this.submission.send(
      this.form,
      ({ email, name, password }) => this.api.signup({ email: email.trim(), name: name.trim(), password }),
      (user) => {
        this.session.setUser(user);
        void this.router.navigateByUrl('/');
      },
      { leavesPage: true },
    );
  }
}
