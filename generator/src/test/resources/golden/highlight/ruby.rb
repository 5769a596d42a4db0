require "json"

# A tiny in-memory store.
class Store
  attr_reader :items

  def initialize(name, limit: 10)
    @name = name
    @limit = limit
    @items = {}
  end

  def add(key, value)
    raise ArgumentError, "store #{@name} is full" if @items.size >= @limit
    @items[key.to_sym] = value
    self
  end

  def empty? = @items.empty?

  def to_json(*args)
    { name: @name, items: @items, count: @items.size }.to_json(*args)
  end
end

store = Store.new('cache', limit: 2)
store.add(:a, 1).add("b", [2, 3.5])
puts store.to_json unless store.empty?
$stdout.puts "done in #{Time.now - $start rescue 0}s"
