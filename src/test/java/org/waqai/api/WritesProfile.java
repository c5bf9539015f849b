package org.waqai.api;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Tests that write run in an application (and temporary stores) of their own, so that counts elsewhere hold. */
public class WritesProfile implements QuarkusTestProfile {}
