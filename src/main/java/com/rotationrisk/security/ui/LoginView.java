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
import com.vaadin.flow.server.auth.AnonymousAllowed;

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
            login.setI18n(errorMessage());
            login.setError(true);
        }
    }

    /**
     * One message for every refused sign-in: unknown user, wrong password, throttled and disabled accounts look the
     * same, so the page does not tell anyone which accounts exist or what state they are in.
     */
    static LoginI18n errorMessage() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle("Incorrect username or password");
        error.setMessage("Check the username and password and try again. After several failed attempts, "
                + "sign-in waits a little longer each time.");
        return i18n;
    }
}
