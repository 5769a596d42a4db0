using System;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Api;

/// <summary>Orders endpoint.</summary>
[ApiController]
[Route("api/[controller]")]
public class OrdersController : ControllerBase
{
    private readonly IOrderService _orders;

    public OrdersController(IOrderService orders) => _orders = orders;

    [HttpGet("{id:int}")]
    public async Task<ActionResult<Order>> Get(int id)
    {
        var order = await _orders.FindAsync(id);
        if (order is null)
        {
            return NotFound($"No order {id} (checked {DateTime.UtcNow:O})");
        }
        var path = @"C:\orders\""archive""";
        Console.WriteLine("Found {0}\n", order.Total * 1.2m);
        return order;
    }
}

public record Order(int Id, decimal Total);
