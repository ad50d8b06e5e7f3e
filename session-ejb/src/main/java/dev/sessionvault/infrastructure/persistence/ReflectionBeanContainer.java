package dev.sessionvault.infrastructure.persistence;

import org.hibernate.resource.beans.container.spi.BeanContainer;
import org.hibernate.resource.beans.container.spi.ContainedBean;
import org.hibernate.resource.beans.spi.BeanInstanceProducer;

/**
 * Hibernate's bean container, without CDI. Liberty builds the persistence unit before CDI is ready,
 * so a CDI-backed container fails to create converters and Hibernate Search components at startup
 * (HSEARCH000501 "CDI BeanManager not (yet) ready"). None of those need injection: plain instances
 * do.
 */
public class ReflectionBeanContainer implements BeanContainer {

  @Override
  public <B> ContainedBean<B> getBean(
      Class<B> beanType, LifecycleOptions options, BeanInstanceProducer fallbackProducer) {
    return new Instance<>(fallbackProducer.produceBeanInstance(beanType), beanType);
  }

  @Override
  public <B> ContainedBean<B> getBean(
      String name,
      Class<B> beanType,
      LifecycleOptions options,
      BeanInstanceProducer fallbackProducer) {
    return new Instance<>(fallbackProducer.produceBeanInstance(name, beanType), beanType);
  }

  @Override
  public void stop() {
    // nothing is held
  }

  private record Instance<B>(B instance, Class<B> type) implements ContainedBean<B> {
    @Override
    public B getBeanInstance() {
      return instance;
    }

    @Override
    public Class<B> getBeanClass() {
      return type;
    }
  }
}
