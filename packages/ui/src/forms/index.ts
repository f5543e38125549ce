// `@kbc/ui/forms`: apart from the main entry point so that @angular/forms stays in the apps' lazy chunks.
export { FieldErrorComponent, type ValidationMessages } from './field-error.component';
export { applyFieldErrors } from './field-errors';
export { SignInFormComponent } from './sign-in-form.component';
