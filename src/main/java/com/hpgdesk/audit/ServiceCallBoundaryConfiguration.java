package com.hpgdesk.audit;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;

/** Puts {@link ServiceCallBoundary} around every service, outermost, so it sits outside transactions. */
@Configuration(proxyBeanMethods = false)
class ServiceCallBoundaryConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor serviceCallBoundary() {
        var advisor = new DefaultPointcutAdvisor(
                new AnnotationMatchingPointcut(Service.class, true), new ServiceCallBoundary());
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }
}
