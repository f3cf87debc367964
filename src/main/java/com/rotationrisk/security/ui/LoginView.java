package com.rotationrisk.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Rotation Risk")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        H1 title = new H1("Rotation Risk");
        Paragraph tagline = new Paragraph("How exposed is your client if this crowded rally turns?");
        tagline.addClassName("tagline");
        add(title, tagline, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setI18n(errorMessage(lastAuthenticationFailure()));
            login.setError(true);
        }
    }

    private static Exception lastAuthenticationFailure() {
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof Exception e ? e : null;
    }

    static LoginI18n errorMessage(Exception failure) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (failure instanceof LockedException) {
            error.setTitle("Account locked");
            error.setMessage("Too many wrong passwords in a row locked this account for a few minutes. "
                    + "Try again later, or ask an administrator to reset the password.");
        } else if (failure instanceof DisabledException) {
            error.setTitle("Account disabled");
            error.setMessage("This account has been disabled. Ask an administrator to enable it.");
        } else {
            error.setTitle("Incorrect username or password");
            error.setMessage("Check that you entered the right username and password and try again.");
        }
        return i18n;
    }
}
