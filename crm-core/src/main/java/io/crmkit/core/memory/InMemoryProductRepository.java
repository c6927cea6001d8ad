package io.crmkit.core.memory;

import io.crmkit.core.id.ProductId;
import io.crmkit.core.port.ProductRepository;
import io.crmkit.core.product.Product;
import java.util.List;
import java.util.Optional;

/** The in-memory {@link ProductRepository}: products indexed by SKU. */
final class InMemoryProductRepository implements ProductRepository {
  private static final NaturalKey<Product, String> SKU = NaturalKey.of("sku", Product::sku);

  private final InMemoryStore<ProductId, Product> store;

  InMemoryProductRepository(InMemoryCrm crm) {
    this.store = crm.newStore(Product::withVersion, List.of(SKU));
  }

  @Override
  public Optional<Product> findById(ProductId id) {
    return store.findById(id);
  }

  @Override
  public Optional<Product> findBySku(String sku) {
    return store.findFirstBy(SKU, Product.normaliseSku(sku));
  }

  @Override
  public Product save(Product product) {
    return store.save(product);
  }

  @Override
  public List<Product> saveAll(List<Product> products) {
    return store.saveAll(products);
  }
}
